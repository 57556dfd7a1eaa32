// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BackupCommand.h"

#include "cli/CliContext.h"
#include "services/Backups.h"
#include "services/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace chibo {

QString BackupCommand::summary() const
{
    return tr("List the backups of the database, make one, or restore one.");
}

int BackupCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("list: the backups of the database, newest first, with their time, reason and size.\n"
           "create [--to FILE]: a backup made now, in the backup folder (kept until removed by hand), or "
           "as FILE.\n"
           "restore FILE: replaces the whole database by the backup FILE, after checking it and after "
           "backing up the current state (reason “before a restore”).\n"
           "ChiBo also backs up by itself: daily on the first opening of a day, on closing the window, and "
           "before every import. The backups are in %1.")
            .arg(Backups::inDataDirectory(context.databasePath()).folder()));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("For create: the file to write (it must not exist)."), tr("FILE"));
    parser.addOption(to);
    parser.addPositionalArgument(tr("ACTION"), tr("list, create or restore."));
    parser.addPositionalArgument(tr("FILE"), tr("For restore: the backup file."), tr("[FILE]"));
    if (const auto stop = context.parse(parser, arguments, 1, 2))
        return *stop;
    const QStringList rest = parser.positionalArguments();
    const QString& action = rest.first();
    if (action == u"list" && rest.size() == 1)
        return list(context);
    if (action == u"create" && rest.size() == 1)
        return create(context, parser.value(to));
    if (action == u"restore" && rest.size() == 2)
        return restore(context, rest.last());
    context.err() << tr("chibo-cli: backup needs “list”, “create” or “restore FILE”.") << Qt::endl
                  << Qt::endl
                  << parser.helpText();
    return CliContext::UsageError;
}

int BackupCommand::list(CliContext& context)
{
    const Backups backups = Backups::inDataDirectory(context.databasePath());
    const QList<BackupEntry> entries = backups.list();
    if (entries.isEmpty()) {
        context.out()
            << tr("No backups of %1 yet; they go to %2.").arg(context.databasePath(), backups.folder())
            << Qt::endl;
        return CliContext::Success;
    }
    for (const BackupEntry& entry : entries) {
        context.out() << entry.time.toString(u"dd/MM/yyyy HH:mm:ss") << QStringLiteral("  ")
                      << Backups::label(entry.reason).leftJustified(18) << size(entry.size).rightJustified(12)
                      << QStringLiteral("  ") << entry.path << Qt::endl;
    }
    return CliContext::Success;
}

int BackupCommand::create(CliContext& context, const QString& target)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    Database& database = (*workspace)->database();
    QString written = target;
    if (target.isEmpty()) {
        const auto made = Backups::inDataDirectory(database.path())
                              .create(database, BackupReason::Manual, QDateTime::currentDateTime());
        if (!made)
            return context.fail(made.error());
        written = made->path;
    } else if (const Status copied = Backups::copyTo(database, target); !copied) {
        return context.fail(copied.error());
    }
    context.out()
        << tr("Backed up %1 to %2 (%3).").arg(database.path(), written, size(QFileInfo(written).size()))
        << Qt::endl;
    return CliContext::Success;
}

int BackupCommand::restore(CliContext& context, const QString& source)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    Database& database = (*workspace)->database();
    const auto before = Backups::inDataDirectory(database.path())
                            .restore(context.session(), database, source, QDateTime::currentDateTime());
    if (!before)
        return context.fail(before.error());
    context.out() << tr("Restored %1 from %2. The state before the restore was backed up to %3.")
                         .arg(database.path(), source, before->path)
                  << Qt::endl;
    return CliContext::Success;
}

QString BackupCommand::size(qint64 bytes)
{
    return tr("%1 kB").arg(QLocale().toString((bytes + 1023) / 1024));
}

} // namespace chibo
