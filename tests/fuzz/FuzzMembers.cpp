// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInputs.h"
#include "services/MemberImport.h"
#include "services/MemberImportChecks.h"
#include "sheets/CsvReader.h"
#include "sheets/XlsxReader.h"

#include <QDate>

namespace chibo::fuzz {

namespace {

/// The import day of every member preview: fixed, so that a saved input fails the same way later, and after
/// every date of the seeds (the demo's status histories run to the day they were exported).
const QDate importDay(2030, 1, 1);

/// The preview of the first sheet of `sheets` (the members), with the status history among the others,
/// and the checks that compare rows; refused as the CLI refuses: no header, or problems in the rows.
Outcome previewMembers(const QList<SheetGrid>& sheets)
{
    if (sheets.isEmpty())
        return Error{QStringLiteral("fuzz.no-sheet"), QStringLiteral("the reader gave no sheet"), {}};
    auto preview = MemberImport::preview(sheets.first(), importDay, MemberImport::historyOf(sheets));
    if (!preview)
        return preview.error();
    // What the dry run and the window show, over the file's own members as if they were stored.
    QList<Member> members;
    for (const MemberImportRow& row : preview->rows)
        members.append(row.member);
    const QStringList duplicates = MemberImportChecks::duplicatesOf(*preview, members);
    const QStringList unmapped = preview->unmappedColumns();
    if (preview->hasProblems())
        return Error{QStringLiteral("import.problems"),
                     QStringLiteral("%1 problem(s), %2 stored duplicate(s), %3 unmapped column(s)")
                         .arg(preview->problemCount())
                         .arg(duplicates.size())
                         .arg(unmapped.size()),
                     preview->sourceName};
    return std::nullopt;
}

} // namespace

Outcome previewMemberCsv(const QByteArray& bytes)
{
    auto grid = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!grid)
        return grid.error();
    return previewMembers({std::move(grid).value()});
}

Outcome previewMemberXlsx(const QByteArray& bytes)
{
    auto sheets = XlsxReader::readAllBytes(bytes, QStringLiteral("fuzz.xlsx"));
    if (!sheets)
        return sheets.error();
    return previewMembers(*sheets);
}

} // namespace chibo::fuzz
