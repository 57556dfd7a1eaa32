// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DocumentsCommand.h"

#include "cli/CliContext.h"
#include "services/DocumentRegister.h"
#include "services/Workspace.h"

#include <QCommandLineParser>

namespace chibo {

namespace {

QString termLabel(const Organisation& org, QDate termFrom)
{
    for (const OrgTerm& term : org.terms) {
        if (term.from == termFrom)
            return term.label;
    }
    return CliContext::date(termFrom);
}

} // namespace

QString DocumentsCommand::summary() const
{
    return tr("List an organisation's register of issued documents, or record a document issued by hand.");
}

int DocumentsCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list --org KEY: the documents the organisation issued, numbered from 01 for each type through "
           "each committee term.\n"
           "record --org KEY --type CODE --date YYYY-MM-DD --title TEXT [--number N]: records a document "
           "issued outside ChiBo (a resolution “NQ”, a plan “KH”, a report “BC” …), so that the next number "
           "ChiBo gives follows it."));
    parser.addOptions({
        {QStringLiteral("org"), tr("The organisation, by id or name."), tr("KEY")},
        {QStringLiteral("type"), tr("For record: the type code (BC, BB, NQ, KH, QĐ, TB …)."), tr("CODE")},
        {QStringLiteral("number"), tr("For record: its number (default: the next free one)."), tr("N")},
        {QStringLiteral("date"), tr("For record: its date, yyyy-MM-dd."), tr("DATE")},
        {QStringLiteral("title"), tr("For record: its summary line."), tr("TEXT")},
        {QStringLiteral("by"), tr("For record: your name (default: the user's login name)."), tr("NAME")},
    });
    parser.addPositionalArgument(tr("ACTION"), tr("list or record."));
    if (const auto stop = context.parse(parser, arguments, 1, 1))
        return *stop;
    if (!parser.isSet(QStringLiteral("org")))
        return context.fail(CliContext::usageError(tr("documents needs --org.")));
    const QString action = parser.positionalArguments().constFirst();
    if (action == u"list")
        return list(context, parser.value(QStringLiteral("org")));
    if (action == u"record")
        return record(context, parser);
    return context.fail(CliContext::usageError(tr("Unknown action “%1”: use list or record.").arg(action)));
}

int DocumentsCommand::list(CliContext& context, const QString& orgKey)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto org = (*workspace)->findOrganisation(orgKey);
    if (!org)
        return context.fail(org.error());
    const auto entries = DocumentRegister::entries(**workspace, org->id);
    if (!entries)
        return context.fail(entries.error());
    if (entries->isEmpty()) {
        context.out() << tr("%1 has no document in its register.").arg(org->name) << Qt::endl;
        return CliContext::Success;
    }
    QDate term;
    for (const IssuedDocument& entry : *entries) {
        if (entry.termFrom != term) {
            term = entry.termFrom;
            context.out() << tr("Term %1").arg(termLabel(*org, term)) << Qt::endl;
        }
        context.out() << QStringLiteral("  %1  %2  %3: %4  (%5)")
                             .arg(DocumentRegister::symbol(*org, entry.typeCode, entry.number), -12)
                             .arg(CliContext::date(entry.issuedOn),
                                  DocumentRegister::typeName(entry.typeCode), entry.title, entry.recordedBy)
                      << Qt::endl;
    }
    return CliContext::Success;
}

int DocumentsCommand::record(CliContext& context, const QCommandLineParser& parser)
{
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return context.fail(CliContext::usageError(tr("--date needs a date such as 2025-12-15.")));
    bool numberOk = true;
    const int number =
        parser.isSet(QStringLiteral("number")) ? parser.value(QStringLiteral("number")).toInt(&numberOk) : 0;
    if (!numberOk || number < 0 || (parser.isSet(QStringLiteral("number")) && number == 0))
        return context.fail(CliContext::usageError(tr("--number needs a whole number from 1, such as 5.")));
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto org = (*workspace)->findOrganisation(parser.value(QStringLiteral("org")));
    if (!org)
        return context.fail(org.error());
    const DocumentRequest request{org->id, parser.value(QStringLiteral("type")).trimmed(),
                                  {},      parser.value(QStringLiteral("title")),
                                  date,    number};
    const auto issued =
        DocumentRegister::issue(**workspace, context.session(parser.value(QStringLiteral("by"))), request,
                                QDateTime::currentDateTimeUtc());
    if (!issued)
        return context.fail(issued.error());
    context.out() << tr("Recorded %1 of %2 in the register of %3.")
                         .arg(DocumentRegister::symbol(*org, issued->typeCode, issued->number),
                              CliContext::date(issued->issuedOn), org->name)
                  << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
