// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "services/DatasetTransfer.h"
#include "services/MemberSheet.h"
#include "sheets/CsvWriter.h"
#include "sheets/XlsxWriter.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace chibo {

QString ExportCommand::summary() const
{
    return tr("Export an organisation and everything below it to a dataset file (JSON), or its members to "
              "a workbook (.xlsx) or a CSV table.");
}

int ExportCommand::writeJson(CliContext& context, const Workspace& workspace, const Organisation& org,
                             const QString& path)
{
    const auto json = DatasetTransfer::exportJson(workspace, org.id);
    if (!json)
        return context.fail(json.error());
    if (path == u"-") {
        context.out() << QString::fromUtf8(*json);
        context.out().flush();
        return CliContext::Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return context.fail(
            {QStringLiteral("cli.io"), tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
    context.err() << tr("Exported %1 to %2.").arg(org.name, path) << Qt::endl;
    return CliContext::Success;
}

int ExportCommand::writeSheets(CliContext& context, const Workspace& workspace, const Organisation& org,
                               QDate day, const QString& xlsxPath, const QString& csvPath)
{
    const auto workbook = MemberSheet::workbookOf(workspace, org.id, day);
    if (!workbook)
        return context.fail(workbook.error());
    if (!xlsxPath.isEmpty()) {
        if (const Status written = XlsxWriter::write(xlsxPath, *workbook); !written)
            return context.fail(written.error());
        context.err() << tr("Exported %1 to %2.").arg(org.name, xlsxPath) << Qt::endl;
    }
    if (!csvPath.isEmpty()) {
        // One table per CSV file: the members; their status history travels in the workbook only.
        if (const Status written = CsvWriter::write(csvPath, workbook->constFirst()); !written)
            return context.fail(written.error());
        context.err() << tr("Exported %1 to %2.").arg(org.name, csvPath) << Qt::endl;
    }
    return CliContext::Success;
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Writes the organisation, its subordinate organisations, their members, meetings and all related "
        "records as a dataset. The same data always gives the same file. Use - as FILE for standard "
        "output. With --xlsx or --csv, writes the members of the organisation and everything below it as "
        "a table instead (the column Cell tells the cells apart); a workbook has a second sheet with their "
        "status history (exemptions, transfers, deaths…), which import-members reads back. A CSV file "
        "holds the members table only."));
    const QCommandLineOption org(
        QStringLiteral("org"), tr("The organisation: its id, its name, or the start of its name."), tr("ID"));
    const QCommandLineOption xlsx(
        QStringLiteral("xlsx"),
        tr("Write the members and their status history as a workbook (.xlsx) to FILE."), tr("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Write the members table (.csv, without the status history) to FILE."),
                                 tr("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Cells and status on this day in the tables (default: today)."),
                                  tr("YYYY-MM-DD"));
    parser.addOptions({org, xlsx, csv, date});
    parser.addPositionalArgument(tr("FILE"), tr("The dataset file to write (.json), or -."), tr("[FILE]"));
    if (const auto stop = context.parse(parser, arguments, 0, 1))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !parser.isSet(xlsx) && !parser.isSet(csv)) {
        context.err() << tr("chibo-cli: export needs FILE, --xlsx FILE or --csv FILE.") << Qt::endl;
        return CliContext::UsageError;
    }
    if (!parser.isSet(org))
        return context.fail({QStringLiteral("cli.missing-org"), tr("export needs --org."), {}});
    const QDate day =
        parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : context.today();
    if (!day.isValid())
        return context.fail({QStringLiteral("cli.bad-date"), tr("--date needs a date as YYYY-MM-DD."), {}});
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(parser.value(org));
    if (!found)
        return context.fail(found.error());
    if (!files.isEmpty()) {
        if (const int code = writeJson(context, **workspace, *found, files.constFirst());
            code != CliContext::Success)
            return code;
    }
    if (!parser.isSet(xlsx) && !parser.isSet(csv))
        return CliContext::Success;
    return writeSheets(context, **workspace, *found, day, parser.value(xlsx), parser.value(csv));
}

} // namespace chibo
