// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IssuedDocument.h"
#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace chibo {

class Workspace;

/// A document to be numbered: who issues it, of which type, about what, and its date line.
struct DocumentRequest {
    QUuid orgId;
    QString typeCode; ///< "BC", "BB", …
    QString subject;  ///< see IssuedDocument::subject; "" for a document issued outside ChiBo
    QString title;    ///< the summary line
    QDate issuedOn;
    int number = 0; ///< 0: the next free number; else this number (a register continued from paper)

    bool operator==(const DocumentRequest&) const = default;
};

/// The register of issued documents (sổ đăng ký văn bản đi) of each organisation, schema v5. Numbers run
/// from 01 for each document type through one committee term (HD 36-HD/VPTW, ../shared/domain.md §6): the
/// term is the organisation's term that includes the document's date. A document ChiBo prints (one with a
/// subject) keeps the number it was first given, so printing it again never takes a new one.
class DocumentRegister {
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)

public:
    /// Gives `request` its number and records it (Permissions::mayIssueDocuments), as the session's user at
    /// `at`, in one transaction. When the subject is numbered already, that entry is returned and nothing is
    /// written (a different explicit number is refused). Refused: an organisation without a term that
    /// includes the date ("document.no-term" — the rules number through a term, so ChiBo does not guess
    /// one), a number already given in the term ("document.number-taken", naming the document holding it),
    /// a missing type, title or date ("document.invalid").
    static Result<IssuedDocument> issue(Workspace& workspace, const Session& session,
                                        const DocumentRequest& request, const QDateTime& at);
    /// The entry of `subject` in `orgId`'s register for `typeCode`, if it was numbered.
    static Result<std::optional<IssuedDocument>> find(const Workspace& workspace, const QUuid& orgId,
                                                      const QString& typeCode, const QString& subject);
    /// `orgId`'s register, in the order of terms, types and numbers.
    static Result<QList<IssuedDocument>> entries(const Workspace& workspace, const QUuid& orgId);
    /// The term of `org` that includes `day` (the latest starting one when terms overlap).
    static std::optional<OrgTerm> termOn(const Organisation& org, QDate day);
    /// One more than the largest number of `typeCode` in the term starting `termFrom`; 1 for the first.
    static int nextNumber(const QList<IssuedDocument>& entries, const QString& typeCode, QDate termFrom);
    /// "05-BC/CB": the number on two digits (four no-break spaces when 0, left for a hand-written number),
    /// the type, and the issuer's symbol.
    static QString symbol(const QString& issuerSymbol, const QString& typeCode, int number);
    static QString symbol(const Organisation& org, const QString& typeCode, int number)
    {
        return symbol(issuerSymbol(org), typeCode, number);
    }
    /// The organisation's short name on its documents: as recorded, else "CB" for a cell, "ĐU" for a
    /// committee.
    static QString issuerSymbol(const Organisation& org);
    /// The kind of document a type code stands for ("BC" → "Report"), the code itself when unknown.
    static QString typeName(const QString& typeCode);
    /// The type codes typeName() knows, for a person choosing one.
    static QStringList typeCodes();
};

} // namespace chibo
