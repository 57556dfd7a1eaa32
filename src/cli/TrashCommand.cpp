// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TrashCommand.h"

#include "cli/CliContext.h"
#include "services/RecycleBin.h"
#include "services/Workspace.h"

#include <QCommandLineParser>

namespace chibo {

QString TrashCommand::summary() const
{
    return tr("List the recycle bin, or restore a removed record with everything removed with it.");
}

int TrashCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "list [--org KEY]: the entries of the recycle bin, newest first (of an organisation and those below "
        "it with --org).\n"
        "restore ENTRY-ID: puts the records of an entry back exactly as they were, and empties the entry."));
    const QCommandLineOption org(QStringLiteral("org"), tr("For list: the organisation, by id or name."),
                                 tr("KEY"));
    const QCommandLineOption by(QStringLiteral("by"), tr("For restore: the name of the person restoring."),
                                tr("NAME"));
    parser.addOptions({org, by});
    parser.addPositionalArgument(tr("ACTION"), tr("list or restore."));
    parser.addPositionalArgument(tr("ENTRY-ID"), tr("For restore: the entry's id, as list shows it."),
                                 tr("[ENTRY-ID]"));
    if (const auto stop = context.parse(parser, arguments, 1, 2))
        return *stop;
    const QStringList rest = parser.positionalArguments();
    if (rest.first() == u"list" && rest.size() == 1)
        return list(context, parser.value(org));
    if (rest.first() == u"restore" && rest.size() == 2)
        return restore(context, rest.last(), parser.value(by));
    context.err() << tr("chibo-cli: trash needs “list” or “restore ENTRY-ID”.") << Qt::endl
                  << Qt::endl
                  << parser.helpText();
    return CliContext::UsageError;
}

int TrashCommand::list(CliContext& context, const QString& orgKey)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    QList<QUuid> scope;
    if (!orgKey.isEmpty()) {
        const auto found = (*workspace)->findOrganisation(orgKey);
        if (!found)
            return context.fail(found.error());
        scope.append(found->id);
    }
    const auto entries = RecycleBin::list(**workspace, scope);
    if (!entries)
        return context.fail(entries.error());
    if (entries->isEmpty()) {
        context.out() << tr("The recycle bin is empty.") << Qt::endl;
        return CliContext::Success;
    }
    for (const DeletedRecord& entry : *entries) {
        context.out() << entry.id.toString(QUuid::WithoutBraces) << QStringLiteral("  ")
                      << entry.deletedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm") << QStringLiteral("  ")
                      << kindLabel(entry.kind).leftJustified(12) << entry.label << QStringLiteral("  — ")
                      << tr("removed by %1").arg(entry.deletedBy) << Qt::endl;
    }
    return CliContext::Success;
}

int TrashCommand::restore(CliContext& context, const QString& entryId, const QString& by)
{
    const QUuid id(entryId.trimmed());
    if (id.isNull())
        return context.fail({QStringLiteral("cli.bad-entry"),
                             tr("“%1” is not an entry id; “chibo-cli trash list” shows them.").arg(entryId),
                             {}});
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto entries = RecycleBin::list(**workspace);
    if (!entries)
        return context.fail(entries.error());
    QString label = id.toString(QUuid::WithoutBraces);
    for (const DeletedRecord& entry : *entries) {
        if (entry.id == id)
            label = entry.label;
    }
    if (const Status restored = RecycleBin::restore(**workspace, context.session(by), id); !restored)
        return context.fail(restored.error());
    context.out() << tr("Restored: %1.").arg(label) << Qt::endl;
    return CliContext::Success;
}

QString TrashCommand::kindLabel(const QString& kind)
{
    if (kind == u"member")
        return tr("member");
    if (kind == u"meeting")
        return tr("meeting");
    if (kind == u"target")
        return tr("target");
    if (kind == u"assignment")
        return tr("assignment");
    if (kind == u"discipline")
        return tr("discipline");
    if (kind == u"leave")
        return tr("leave");
    if (kind == u"dues")
        return tr("dues");
    if (kind == u"rating")
        return tr("rating");
    return kind;
}

} // namespace chibo
