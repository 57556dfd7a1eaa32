// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportMembersCommand.h"

#include "cli/CliContext.h"
#include "services/MemberImport.h"
#include "sheets/SheetReader.h"

#include <QCommandLineParser>

namespace chibo {

QString ImportMembersCommand::summary() const
{
    return tr("Import members from a spreadsheet (.xlsx or .csv) into a cell, all or nothing.");
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
    for (const QString& problem : preview.problems)
        out << preview.sourceName << QStringLiteral(": ") << problem << Qt::endl;
    for (const MemberImportRow& row : preview.rows) {
        for (const QString& problem : row.problems)
            out << preview.sourceName << QStringLiteral(": ") << problem << Qt::endl;
    }
    return preview.problemCount();
}

int ImportMembersCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads members from the first sheet of a workbook or from a CSV file: the header row is found by its "
        "column names (English or Vietnamese, with or without diacritics), then every row below it is a "
        "member. Each is admitted on the ceremony date (else the decision date), recognised on the official "
        "date, and registered in the cell from the import day. If any row has a problem, nothing is "
        "written and every problem is listed with its row and column."));
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
    const auto grid = SheetReader::read(parser.positionalArguments().constFirst());
    if (!grid)
        return context.fail(grid.error());
    const auto preview = MemberImport::preview(*grid, day);
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
    const Session session = CliContext::session();
    const int count = int(preview->rows.size());
    if (parser.isSet(dryRun)) {
        if (const Status allowed = MemberImport::check(**workspace, session, *preview, cell->id); !allowed)
            return context.fail(allowed.error());
        context.out() << tr("%n member(s) would be imported into %1 (dry run: nothing written).", nullptr,
                            count)
                             .arg(cell->name)
                      << Qt::endl;
        return CliContext::Success;
    }
    const auto imported = MemberImport::commit(**workspace, session, *preview, cell->id, day);
    if (!imported)
        return context.fail(imported.error());
    context.out() << tr("%n member(s) imported into %1.", nullptr, *imported).arg(cell->name) << Qt::endl;
    return CliContext::Success;
}

} // namespace chibo
