// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DocumentRegister.h"

#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/OrgSnapshot.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace chibo {

namespace {

/// The document types ChiBo prints (BC, BB, DS, PĐG) and those a cell or committee commonly issues by hand.
const std::pair<const char16_t*, const char*> TypeNames[] = {
    {u"BC", QT_TRANSLATE_NOOP("DocumentRegister", "Report")},
    {u"BB", QT_TRANSLATE_NOOP("DocumentRegister", "Minutes")},
    {u"DS", QT_TRANSLATE_NOOP("DocumentRegister", "List")},
    {u"PĐG", QT_TRANSLATE_NOOP("DocumentRegister", "Assessment sheet")},
    {u"NQ", QT_TRANSLATE_NOOP("DocumentRegister", "Resolution")},
    {u"KH", QT_TRANSLATE_NOOP("DocumentRegister", "Plan")},
    {u"QĐ", QT_TRANSLATE_NOOP("DocumentRegister", "Decision")},
    {u"TB", QT_TRANSLATE_NOOP("DocumentRegister", "Notice")},
    {u"TTr", QT_TRANSLATE_NOOP("DocumentRegister", "Submission")},
    {u"CV", QT_TRANSLATE_NOOP("DocumentRegister", "Official letter")},
};

Error refused(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message, {}};
}

const IssuedDocument* withSubject(const QList<IssuedDocument>& entries, const QString& typeCode,
                                  const QString& subject)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const IssuedDocument& entry) {
        return !subject.isEmpty() && entry.typeCode == typeCode && entry.subject == subject;
    });
    return found == entries.end() ? nullptr : &*found;
}

const IssuedDocument* withNumber(const QList<IssuedDocument>& entries, const QString& typeCode,
                                 QDate termFrom, int number)
{
    const auto found = std::find_if(entries.begin(), entries.end(), [&](const IssuedDocument& entry) {
        return entry.typeCode == typeCode && entry.termFrom == termFrom && entry.number == number;
    });
    return found == entries.end() ? nullptr : &*found;
}

Status checkRequest(const DocumentRequest& request, const Session& session)
{
    if (request.typeCode.trimmed().isEmpty() || request.title.trimmed().isEmpty() ||
        !request.issuedOn.isValid() || request.number < 0)
        return refused(
            "document.invalid",
            DocumentRegister::tr("A document needs its type, its summary and its date to be numbered."));
    if (session.userName.trimmed().isEmpty())
        return refused(
            "document.invalid",
            DocumentRegister::tr("Numbering a document needs the name of the person who does it."));
    return {};
}

} // namespace

Result<IssuedDocument> DocumentRegister::issue(Workspace& workspace, const Session& session,
                                               const DocumentRequest& request, const QDateTime& at)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const auto found = (*organisations)->require(request.orgId);
    if (!found)
        return found.error();
    const Organisation* org = *found;
    if (Status allowed = Permissions::mayIssueDocuments(session, (*organisations)->tree(), org->id); !allowed)
        return allowed.error();
    if (Status valid = checkRequest(request, session); !valid)
        return valid.error();
    const std::optional<OrgTerm> term = termOn(*org, request.issuedOn);
    if (!term)
        return refused(
            "document.no-term",
            tr("%1 has no committee term recorded that includes %2, and document numbers run through "
               "a term. Record the organisation's terms, or print the document without a number.")
                .arg(org->name, request.issuedOn.toString(u"dd/MM/yyyy")));
    const auto stored = workspace.storage().documents().ofOrganisation(org->id);
    if (!stored)
        return stored.error();
    if (const IssuedDocument* same = withSubject(*stored, request.typeCode, request.subject)) {
        if (request.number != 0 && request.number != same->number)
            return refused(
                "document.number-taken",
                tr("This document was numbered %1 on %2; it keeps that number.")
                    .arg(symbol(*org, same->typeCode, same->number), same->issuedOn.toString(u"dd/MM/yyyy")));
        return *same;
    }
    const int number =
        request.number != 0 ? request.number : nextNumber(*stored, request.typeCode, term->from);
    if (const IssuedDocument* holder = withNumber(*stored, request.typeCode, term->from, number))
        return refused("document.number-taken",
                       tr("Number %1 of the term %2 is already given to “%3” of %4.")
                           .arg(symbol(*org, request.typeCode, number), term->label, holder->title,
                                holder->issuedOn.toString(u"dd/MM/yyyy")));
    const IssuedDocument entry{QUuid::createUuid(),
                               org->id,
                               request.typeCode.trimmed(),
                               term->from,
                               number,
                               request.subject,
                               request.title.trimmed(),
                               request.issuedOn,
                               at.toUTC(),
                               session.userName.trimmed()};
    if (Status recorded = workspace.storage().documents().record(entry); !recorded)
        return recorded.error();
    const AuditEntry audited =
        AuditRecords::act(QStringLiteral("number"), QStringLiteral("document"), entry.id, org->id,
                          tr("Numbered %1: %2").arg(symbol(*org, entry.typeCode, number), entry.title));
    if (Status logged = AuditTrail::record(workspace.storage(), session, audited); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return entry;
}

Result<std::optional<IssuedDocument>> DocumentRegister::find(const Workspace& workspace, const QUuid& orgId,
                                                             const QString& typeCode, const QString& subject)
{
    const auto stored = workspace.storage().documents().ofOrganisation(orgId);
    if (!stored)
        return stored.error();
    const IssuedDocument* same = withSubject(*stored, typeCode, subject);
    return same ? std::optional<IssuedDocument>(*same) : std::nullopt;
}

Result<QList<IssuedDocument>> DocumentRegister::entries(const Workspace& workspace, const QUuid& orgId)
{
    return workspace.storage().documents().ofOrganisation(orgId);
}

std::optional<OrgTerm> DocumentRegister::termOn(const Organisation& org, QDate day)
{
    std::optional<OrgTerm> found;
    for (const OrgTerm& term : org.terms) {
        const bool includes =
            term.from.isValid() && term.from <= day && (!term.to.isValid() || day <= term.to);
        if (includes && (!found || found->from < term.from))
            found = term;
    }
    return found;
}

int DocumentRegister::nextNumber(const QList<IssuedDocument>& entries, const QString& typeCode,
                                 QDate termFrom)
{
    int largest = 0;
    for (const IssuedDocument& entry : entries) {
        if (entry.typeCode == typeCode && entry.termFrom == termFrom)
            largest = std::max(largest, entry.number);
    }
    return largest + 1;
}

QString DocumentRegister::symbol(const QString& issuerSymbol, const QString& typeCode, int number)
{
    const QString digits = number > 0
                               ? QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'))
                               : QString(4, QChar(0x00A0)); // left blank for the number written by hand
    return digits + u'-' + typeCode + u'/' + issuerSymbol;
}

QString DocumentRegister::issuerSymbol(const Organisation& org)
{
    return !org.shortName.isEmpty() ? org.shortName
           : org.isCell()           ? QStringLiteral("CB")
                                    : QStringLiteral("ĐU");
}

QString DocumentRegister::typeName(const QString& typeCode)
{
    for (const auto& [code, name] : TypeNames) {
        if (typeCode == QStringView(code))
            return tr(name);
    }
    return typeCode;
}

QStringList DocumentRegister::typeCodes()
{
    QStringList codes;
    for (const auto& entry : TypeNames)
        codes.append(QString::fromUtf16(entry.first));
    return codes;
}

} // namespace chibo
