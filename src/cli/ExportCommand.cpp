// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "services/ClassificationSheet.h"
#include "services/CommitteeGridSheet.h"
#include "services/CriteriaLibrary.h"
#include "services/DatasetTransfer.h"
#include "services/MemberSheet.h"
#include "sheets/CsvWriter.h"
#include "sheets/XlsxWriter.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QSaveFile>

namespace chibo {

namespace {

const QString orgOption = QStringLiteral("org");
const QString xlsxOption = QStringLiteral("xlsx");
const QString csvOption = QStringLiteral("csv");
const QString dateOption = QStringLiteral("date");
const QString yearOption = QStringLiteral("year");
const QString tableOption = QStringLiteral("table");

const QString membersTable = QStringLiteral("members");
const QString committeeTable = QStringLiteral("committee");
const QString yearEndTable = QStringLiteral("year-end");

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export an organisation and everything below it to a dataset file (JSON), or its members, "
              "committee grid and year-end classification to a workbook (.xlsx) or a CSV table.");
}

void ExportCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(tr(
        "Writes the organisation, its subordinate organisations, their members, meetings and all related "
        "records as a dataset. The same data always gives the same file. Use - as FILE for standard "
        "output. With --xlsx or --csv, writes the members of the organisation and everything below it as "
        "a table instead (the column Cell tells the cells apart); a workbook has a second sheet with their "
        "status history (exemptions, transfers, deaths…), which import-members reads back. With --year, "
        "the workbook also holds "
        "the committee grid of that year (one row per cell at or below the organisation, as the window's "
        "Committee overview) and the year-end classification (as the window's Year-end page), with their "
        "colour bands; --table chooses which table the CSV gets."));
    parser.addOptions({
        {orgOption, tr("The organisation: its id, its name, or the start of its name."), tr("ID")},
        {xlsxOption,
         tr("Write a workbook (.xlsx) to FILE: the members and their status history, and the "
            "year's tables with --year."),
         tr("FILE")},
        {csvOption,
         tr("Write one table (.csv) to FILE: the members (without their status history) unless --table says "
            "otherwise."),
         tr("FILE")},
        {dateOption, tr("Cells and status on this day in the tables (default: today)."), tr("YYYY-MM-DD")},
        {yearOption, tr("Add the committee grid and the year-end classification of this year."),
         QStringLiteral("YYYY")},
        {tableOption, tr("The table --csv writes: members (default), committee or year-end."),
         QStringLiteral("TABLE")},
    });
    parser.addPositionalArgument(tr("FILE"), tr("The dataset file to write (.json), or -."), tr("[FILE]"));
}

Result<ExportCommand::SheetRequest> ExportCommand::readRequest(const QCommandLineParser& parser, QDate today)
{
    SheetRequest request{today, std::nullopt, parser.value(tableOption), parser.value(xlsxOption),
                         parser.value(csvOption)};
    if (parser.isSet(dateOption))
        request.day = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (!request.day.isValid())
        return Error{QStringLiteral("cli.bad-date"), tr("--date needs a date as YYYY-MM-DD."), {}};
    if (parser.isSet(yearOption)) {
        bool ok = false;
        const int year = parser.value(yearOption).toInt(&ok);
        if (!ok || year < 1945 || year > 2200)
            return CliContext::usageError(
                tr("--year needs a year such as 2025, not “%1”.").arg(parser.value(yearOption)));
        if (!parser.isSet(xlsxOption) && !parser.isSet(csvOption))
            return CliContext::usageError(tr("--year adds tables to --xlsx or --csv: give one of them too."));
        request.year = year;
    }
    if (!parser.isSet(tableOption)) {
        request.table = membersTable;
        return request;
    }
    if (request.table != membersTable && request.table != committeeTable && request.table != yearEndTable)
        return CliContext::usageError(
            tr("--table needs members, committee or year-end, not “%1”.").arg(request.table));
    if (!parser.isSet(csvOption))
        return CliContext::usageError(tr("--table chooses the table --csv writes: give --csv FILE too."));
    if (request.table != membersTable && !request.year)
        return CliContext::usageError(tr("--table %1 needs --year.").arg(request.table));
    return request;
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

Result<ExportCommand::YearTables>
ExportCommand::yearTables(const Workspace& workspace, const Organisation& org, const SheetRequest& request)
{
    auto criteria = CriteriaLibrary::loadInstalled();
    if (!criteria)
        return criteria.error();
    if (!criteria->problems.isEmpty())
        return Error{QStringLiteral("cli.criteria"), criteria->problems.constFirst().toString(), {}};
    const bool english = QLocale().language() == QLocale::English;
    auto committee = CommitteeGridSheet::ofOrganisation(workspace, criteria->set, org, *request.year,
                                                        request.day, english);
    if (!committee)
        return committee.error();
    auto yearEnd = ClassificationSheet::ofOrganisation(workspace, criteria->set, org, *request.year,
                                                       request.day, english);
    if (!yearEnd)
        return yearEnd.error();
    return YearTables{std::move(committee).value(), std::move(yearEnd).value()};
}

int ExportCommand::writeSheets(CliContext& context, const Workspace& workspace, const Organisation& org,
                               const SheetRequest& request)
{
    const auto members = MemberSheet::workbookOf(workspace, org.id, request.day);
    if (!members)
        return context.fail(members.error());
    QList<SheetTable> workbook = *members; // the members, then their status history
    SheetTable csvTable = members->constFirst();
    if (request.year && (!request.xlsxPath.isEmpty() || request.table != membersTable)) {
        const auto year = yearTables(workspace, org, request);
        if (!year)
            return context.fail(year.error());
        if (!year->committee.rows.isEmpty())
            workbook.append(year->committee);
        workbook.append(year->yearEnd);
        if (request.table == committeeTable && year->committee.rows.isEmpty())
            return context.fail(CliContext::usageError(
                tr("--table committee: %1 has no cells at or below it.").arg(org.name)));
        if (request.table != membersTable)
            csvTable = request.table == committeeTable ? year->committee : year->yearEnd;
    }
    if (!request.xlsxPath.isEmpty()) {
        if (const Status written = XlsxWriter::write(request.xlsxPath, workbook); !written)
            return context.fail(written.error());
        context.err() << tr("Exported %1 to %2.").arg(org.name, request.xlsxPath) << Qt::endl;
    }
    if (!request.csvPath.isEmpty()) {
        // One table per CSV file; the members' status history travels in the workbook only.
        if (const Status written = CsvWriter::write(request.csvPath, csvTable); !written)
            return context.fail(written.error());
        context.err() << tr("Exported %1 to %2.").arg(org.name, request.csvPath) << Qt::endl;
    }
    return CliContext::Success;
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (const auto stop = context.parse(parser, arguments, 0, 1))
        return *stop;
    const QStringList files = parser.positionalArguments();
    const bool sheets = parser.isSet(xlsxOption) || parser.isSet(csvOption);
    if (files.isEmpty() && !sheets) {
        context.err() << tr("chibo-cli: export needs FILE, --xlsx FILE or --csv FILE.") << Qt::endl;
        return CliContext::UsageError;
    }
    if (!parser.isSet(orgOption))
        return context.fail({QStringLiteral("cli.missing-org"), tr("export needs --org."), {}});
    const auto request = readRequest(parser, context.today());
    if (!request)
        return context.fail(request.error());
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const auto found = (*workspace)->findOrganisation(parser.value(orgOption));
    if (!found)
        return context.fail(found.error());
    if (!files.isEmpty()) {
        if (const int code = writeJson(context, **workspace, *found, files.constFirst());
            code != CliContext::Success)
            return code;
    }
    if (!sheets)
        return CliContext::Success;
    return writeSheets(context, **workspace, *found, *request);
}

} // namespace chibo
