// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInputs.h"

#include "dataset/DatasetReader.h"
#include "dataset/DatasetValidator.h"
#include "scoring/CriteriaLoader.h"
#include "services/MemberImport.h"
#include "services/MemberImportChecks.h"
#include "sheets/CsvReader.h"
#include "sheets/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace chibo::fuzz {

namespace {

/// The import day of every member preview: fixed, so that a saved input fails the same way later.
const QDate importDay(2026, 1, 1);

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

Outcome loadCriteria(const QByteArray& bytes)
{
    const CriteriaLoader::Loaded loaded = CriteriaLoader::load({QStringLiteral("fuzz.json"), bytes});
    if (loaded.criteria && loaded.problems.isEmpty())
        return std::nullopt;
    if (loaded.problems.isEmpty())
        return Error{QStringLiteral("fuzz.no-criteria"), QStringLiteral("no criteria and no problem"), {}};
    const CriteriaProblem& first = loaded.problems.first();
    return Error{first.code, first.message, first.location()};
}

Outcome readDataset(const QByteArray& bytes)
{
    const QString name = QStringLiteral("fuzz.json");
    auto dataset = DatasetReader::read(bytes, name);
    if (!dataset)
        return dataset.error();
    if (const QList<Error> problems = DatasetValidator::validate(*dataset); !problems.isEmpty())
        return problems.first();
    return std::nullopt;
}

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

int runOnce(Outcome (*function)(const QByteArray&), const uint8_t* data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let a reader keep a pointer into libFuzzer's buffer.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Outcome outcome = function(bytes);
    // A refusal without a code or a message is not a clean error: make libFuzzer save the input.
    if (outcome && (outcome->code.isEmpty() || outcome->message.isEmpty()))
        __builtin_trap();
    return 0;
}

void initialise(int* argc, char*** argv)
{
    // Lives until the process ends; tr() and QDate need no more, but a reader may ask for the app.
    static const auto application = std::make_unique<QCoreApplication>(*argc, *argv);
}

} // namespace chibo::fuzz
