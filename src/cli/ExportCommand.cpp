// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "services/DatasetTransfer.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace chibo {

QString ExportCommand::summary() const
{
    return tr("Export an organisation and everything below it to a dataset file (JSON).");
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the organisation, its subordinate organisations, their members, meetings and all related "
           "records as a dataset. The same data always gives the same file. Use - as FILE for standard "
           "output."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The organisation: its id, its name, or the start of its name."), tr("ID"));
    parser.addOption(org);
    parser.addPositionalArgument(tr("FILE"), tr("The file to write (.json), or -."));
    if (const auto stop = context.parse(parser, arguments, 1, 1))
        return *stop;
    if (!parser.isSet(org))
        return context.fail({QStringLiteral("cli.missing-org"), tr("export needs --org."), {}});
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(parser.value(org));
    if (!found)
        return context.fail(found.error());
    const auto json = DatasetTransfer::exportJson(**workspace, found->id);
    if (!json)
        return context.fail(json.error());
    const QString path = parser.positionalArguments().constFirst();
    if (path == u"-") {
        context.out() << QString::fromUtf8(*json);
        context.out().flush();
        return CliContext::Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return context.fail(
            {QStringLiteral("cli.io"), tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
    context.err() << tr("Exported %1 to %2.").arg(found->name, path) << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
