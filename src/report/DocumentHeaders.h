// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/OrgTree.h"
#include "report/OfficialDocument.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// The parts of a document's header and closing that follow from the organisation tree (HD 36): who
/// issues (a cell issues as itself, a Party organisation with a committee as its committee: "Đảng bộ xã
/// Ea Sin" issues as "ĐẢNG ỦY XÃ EA SIN"), the body above it, the symbol ("BC/CB"), the place, and who
/// signs on the organisation's behalf.
class DocumentHeaders {
    Q_DECLARE_TR_FUNCTIONS(DocumentHeaders)

public:
    /// The header for a document of type `typeCode` ("BC", "BB") numbered `number` (0: left blank for the
    /// person to fill in) and dated `date`.
    static DocumentHeader of(const Organisation& org, const OrgTree& tree, const QString& typeCode,
                             int number, QDate date);
    /// The name of the body that acts for `org`: the cell itself, or the committee of a Party organisation
    /// ("Đảng ủy xã Ea Sin"), in the case it is written.
    static QString actingBody(const Organisation& org);
    /// "Số 05-BC/CB"; "Số    -BC/CB" when `number` is 0.
    static QString number(const Organisation& org, const QString& typeCode, int number);
    /// "Số 05-BC/CB" for the symbol "05-BC/CB" (DocumentRegister::symbol).
    static QString numberLine(const QString& symbol);
    /// The place of the date line: the commune or ward of the locality ("Ea Sin"), else its first part.
    static QString place(const Organisation& org);
    /// "T/M CHI BỘ" over "BÍ THƯ" and the name of the member holding the secretary's position in `org` on
    /// `day` (empty when nobody does).
    static DocumentSignature signature(const Organisation& org, const QList<Member>& members, QDate day);
    /// The upper committee (for recipients), "" for a root.
    static QString upperCommittee(const Organisation& org, const OrgTree& tree);
};

} // namespace chibo
