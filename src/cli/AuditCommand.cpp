// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommand.h"

#include "cli/CliContext.h"
#include "services/AuditSheet.h"
#include "services/AuditTrail.h"
#include "services/Workspace.h"

#include <QCommandLineParser>

namespace chibo {

QString AuditCommand::summary() const
{
    return tr("List, export or verify the audit trail of every change.");
}

int AuditCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("list [--limit N]: the newest entries, newest first.\n"
                                        "export FILE: every entry, oldest first, to a .csv or .xlsx file.\n"
                                        "verify: recomputes the chain of hashes; exits 1 when an entry was "
                                        "changed, removed or put in outside ChiBo."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("For list: how many entries (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(limit);
    parser.addPositionalArgument(tr("ACTION"), tr("list, export or verify."));
    parser.addPositionalArgument(tr("FILE"), tr("For export: the file to write."), tr("[FILE]"));
    if (const auto stop = context.parse(parser, arguments, 1, 2))
        return *stop;
    const QStringList rest = parser.positionalArguments();
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (rest.first() == u"list" && rest.size() == 1 && numeric && count > 0)
        return list(context, count);
    if (rest.first() == u"export" && rest.size() == 2)
        return exportTo(context, rest.last());
    if (rest.first() == u"verify" && rest.size() == 1)
        return verify(context);
    context.err() << tr("chibo-cli: audit needs “list [--limit N]”, “export FILE” or “verify”.") << Qt::endl
                  << Qt::endl
                  << parser.helpText();
    return CliContext::UsageError;
}

int AuditCommand::list(CliContext& context, int limit)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto entries = AuditTrail::latest(**workspace, context.session(), limit);
    if (!entries)
        return context.fail(entries.error());
    for (const AuditEntry& entry : *entries) {
        context.out() << entry.sequence << u'\t' << AuditSheet::timeText(entry) << u'\t' << entry.userName
                      << u'\t' << AuditSheet::actionLabel(entry.action) << u'\t'
                      << AuditSheet::kindLabel(entry.subjectKind) << u'\t' << entry.summary << Qt::endl;
    }
    return CliContext::Success;
}

int AuditCommand::exportTo(CliContext& context, const QString& path)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto entries = AuditTrail::all(**workspace, context.session());
    if (!entries)
        return context.fail(entries.error());
    if (Status written = AuditSheet::write(path, *entries); !written)
        return context.fail(written.error());
    context.err() << tr("Wrote %n entry(ies) to %1.", nullptr, int(entries->size())).arg(path) << Qt::endl;
    return CliContext::Success;
}

int AuditCommand::verify(CliContext& context)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto verified = AuditTrail::verify(**workspace);
    if (!verified)
        return context.fail(verified.error());
    for (const AuditProblem& problem : verified->problems)
        context.out() << tr("Entry %1: %2").arg(problem.sequence).arg(problem.message) << Qt::endl;
    if (!verified->intact()) {
        context.err() << tr("chibo-cli: the audit trail of %1 was changed outside ChiBo (%n problem(s)).",
                            nullptr, int(verified->problems.size()))
                             .arg((*workspace)->path())
                      << Qt::endl;
        return CliContext::Failure;
    }
    context.out() << tr("The audit trail is intact: %n entry(ies); the last hash is %1.", nullptr,
                        int(verified->entries))
                         .arg(QString::fromLatin1(verified->headHash.isEmpty() ? QByteArrayLiteral("—")
                                                                               : verified->headHash))
                  << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
