// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportMembersCommand.h"

#include "cli/CliBackups.h"
#include "cli/CliContext.h"
#include "services/MemberImport.h"
#include "sheets/SheetReader.h"

#include <QCommandLineParser>

namespace chibo {

QString ImportMembersCommand::summary() const
{
    return tr("Import members from a spreadsheet (.xlsx or .csv) into a cell, all or nothing.");
}

Result<MemberImportPreview> ImportMembersCommand::previewOf(const QString& path, QDate day)
{
    const auto sheets = SheetReader::readAll(path);
    if (!sheets)
        return sheets.error();
    return MemberImport::preview(sheets->constFirst(), day, MemberImport::historyOf(*sheets));
}

int ImportMembersCommand::report(CliContext& context, const MemberImportPreview& preview)
{
    QTextStream& out = context.out();
    out << tr("%1: header on row %2").arg(preview.sourceName).arg(preview.headerRow) << Qt::endl;
    for (qsizetype column = 0; column < preview.headers.size(); ++column) {
        const auto field = preview.mapping.value(column);
        if (!field && preview.headers[column].isEmpty())
            continue;
        out << QStringLiteral("  ") << SheetGrid::columnName(int(column)).leftJustified(3)
            << preview.headers[column].leftJustified(32) << QStringLiteral(" → ")
            << (field ? MemberImport::label(*field) : tr("(not imported)")) << Qt::endl;
    }
    if (!preview.historySheet.isEmpty())
        out << tr("%1: status history on sheet “%2”: %n event(s)", nullptr, int(preview.history.size()))
                   .arg(preview.sourceName, preview.historySheet)
            << Qt::endl;
    for (const QString& problem : preview.problems)
        out << preview.sourceName << QStringLiteral(": ") << problem << Qt::endl;
    for (const MemberImportRow& row : preview.rows) {
        for (const QString& problem : row.problems)
            out << preview.sourceName << QStringLiteral(": ") << problem << Qt::endl;
        for (const QString& warning : row.warnings)
            out << preview.sourceName << QStringLiteral(": ") << tr("warning: %1").arg(warning) << Qt::endl;
    }
    return preview.problemCount();
}

void ImportMembersCommand::reportDone(CliContext& context, const MemberImportPreview& preview,
                                      const QString& cellName, std::optional<int> imported)
{
    const int events = int(preview.history.size());
    QTextStream& out = context.out();
    if (!imported)
        out << tr("%n member(s) would be imported into %1 (dry run: nothing written).", nullptr,
                  int(preview.rows.size()))
                   .arg(cellName)
            << Qt::endl;
    else
        out << tr("%n member(s) imported into %1.", nullptr, *imported).arg(cellName) << Qt::endl;
    if (!preview.historySheet.isEmpty())
        out << (imported ? tr("%n status event(s) recorded with them.", nullptr, events)
                         : tr("%n status event(s) would be recorded with them.", nullptr, events))
            << Qt::endl;
    if (const int warnings = preview.warningCount(); warnings > 0)
        out << tr("%n warning(s): see above.", nullptr, warnings) << Qt::endl;
}

int ImportMembersCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads members from the first sheet of a workbook or from a CSV file: the header row is found by its "
        "column names (English or Vietnamese, with or without diacritics), then every row below it is a "
        "member. Each is admitted on the ceremony date (else the decision date), recognised on the official "
        "date, and registered in the cell from the import day. A workbook's status history sheet (as "
        "export --xlsx writes it) adds each member's later status events: exemption, suspension, "
        "transfers, removal, death. If any row has a problem, nothing is written and every problem is "
        "listed with its sheet, row and column. A status the file gives without its date is a warning."));
    const QCommandLineOption org(QStringLiteral("org"),
                                 tr("The cell: its id, its name, or the start of its name."), tr("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check everything but write nothing."));
    const QCommandLineOption date(
        QStringLiteral("date"), tr("The day the members join the cell (default: today)."), tr("YYYY-MM-DD"));
    parser.addOptions({org, dryRun, date});
    parser.addPositionalArgument(tr("FILE"), tr("The spreadsheet (.xlsx or .csv)."));
    if (const auto stop = context.parse(parser, arguments, 1, 1))
        return *stop;
    if (!parser.isSet(org))
        return context.fail({QStringLiteral("cli.missing-org"), tr("import-members needs --org."), {}});
    const QDate day =
        parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : context.today();
    if (!day.isValid())
        return context.fail({QStringLiteral("cli.bad-date"), tr("--date needs a date as YYYY-MM-DD."), {}});
    const auto preview = previewOf(parser.positionalArguments().constFirst(), day);
    if (!preview)
        return context.fail(preview.error());
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const auto cell = (*workspace)->findOrganisation(parser.value(org));
    if (!cell)
        return context.fail(cell.error());
    if (const int problems = report(context, *preview); problems > 0) {
        context.out() << tr("Nothing imported: %n problem(s).", nullptr, problems) << Qt::endl;
        return CliContext::Failure;
    }
    const Session session = context.session();
    if (parser.isSet(dryRun)) {
        if (const Status allowed = MemberImport::check(**workspace, session, *preview, cell->id); !allowed)
            return context.fail(allowed.error());
        reportDone(context, *preview, cell->name, std::nullopt);
        return CliContext::Success;
    }
    if (const Status saved = CliBackups::beforeImport(**workspace, context.databaseExisted()); !saved)
        return context.fail(saved.error());
    const auto imported = MemberImport::commit(**workspace, session, *preview, cell->id, day);
    if (!imported)
        return context.fail(imported.error());
    reportDone(context, *preview, cell->name, *imported);
    return CliContext::Success;
}

} // namespace chibo
