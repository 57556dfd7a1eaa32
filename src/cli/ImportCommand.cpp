// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportCommand.h"

#include "cli/CliBackups.h"
#include "cli/CliContext.h"
#include "services/DatasetTransfer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace chibo {

QString ImportCommand::summary() const
{
    return tr("Import a dataset file (JSON) into the database, all or nothing.");
}

int ImportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads a dataset in the format of docs/dataset-format.md, checks it, and stores every record in one "
        "transaction. If anything is wrong, the message names the place in the file and nothing is "
        "written."));
    parser.addPositionalArgument(tr("FILE"), tr("The dataset file (.json)."));
    if (const auto stop = context.parse(parser, arguments, 1, 1))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            {QStringLiteral("cli.io"), tr("Cannot read %1: %2").arg(path, file.errorString()), {}});
    const QByteArray bytes = file.readAll();
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    if (const Status saved = CliBackups::beforeImport(**workspace, context.databaseExisted()); !saved)
        return context.fail(saved.error());
    const auto counts =
        DatasetTransfer::importJsonAs(**workspace, context.session(), bytes, QFileInfo(path).fileName());
    if (!counts)
        return context.fail(counts.error());
    context.out()
        << tr("Imported %1 into %2: %3 organisations, %4 members, %5 meetings, %6 attendance records.")
               .arg(path, (*workspace)->path())
               .arg(counts->organisations)
               .arg(counts->members)
               .arg(counts->meetings)
               .arg(counts->attendance)
        << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
