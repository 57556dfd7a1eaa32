// SPDX-License-Identifier: GPL-3.0-or-later
#include "../sheets/SheetsTestKit.h"
#include "CliRunner.h"
#include "XlsxFills.h"
#include "core/Labels.h"
#include "core/OrgTree.h"
#include "core/Progress.h"
#include "services/ClassificationRows.h"
#include "services/CommitteeOverview.h"
#include "services/CriteriaLibrary.h"
#include "services/MeetingQualityTexts.h"
#include "services/OutcomeShades.h"
#include "services/Workspace.h"
#include "services/YearRecompute.h"
#include "sheets/SheetGrid.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxReader.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>

#include <algorithm>

using namespace chibo;
using chibo::test::CliRunner;
using chibo::test::text;

namespace {

const QDate demoDay(2026, 11, 22);
constexpr int year = 2025;

/// The demo as of 22/11/2026 in `cli`'s home, with the database opened and the shipped criteria (the CLI's
/// private home installs none of its own) read in this process, to compute what the services give.
struct YearSheetsFixture {
    YearSheetsFixture()
        : db(cli.path(QStringLiteral("demo.sqlite")))
    {
        const auto created = cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                      QStringLiteral("--as-of"), QStringLiteral("2026-11-22")});
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        auto opened = Workspace::open(db, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        criteria = loaded->set;
        auto all = workspace->storage().organisations().all();
        REQUIRE(all.ok());
        organisations = std::move(all).value();
    }

    /// `chibo-cli --lang LANGUAGE --db … export ARGUMENTS`.
    CliRunner::Run exportWith(const QStringList& arguments,
                              const QString& language = QStringLiteral("en")) const
    {
        return cli.run(QStringList{QStringLiteral("--lang"), language, QStringLiteral("--db"), db,
                                   QStringLiteral("export")} +
                       arguments);
    }
    QUuid orgId(const char* name) const
    {
        const auto found = workspace->findOrganisation(text(name));
        REQUIRE(found.ok());
        return found->id;
    }

    CliRunner cli;
    QString db;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
    QList<Organisation> organisations;
};

/// Whether a share read back from a workbook (15 significant digits) is the exact `value`.
bool sameShare(const SheetValue& read, const Rational& value)
{
    if (read.kind != SheetValue::Kind::Share)
        return false;
    const Rational difference = read.share - value;
    return difference < Rational(1, 1000000000000LL) && -difference < Rational(1, 1000000000000LL);
}

/// "B3": the cell reference of 0-based grid `row` and `column`.
QString cellRef(int row, int column)
{
    return SheetGrid::columnName(column) + QString::number(row + 1);
}

QString truthText(Truth truth)
{
    switch (truth) {
    case Truth::True: return QStringLiteral("Met");
    case Truth::False: return QStringLiteral("Not met");
    case Truth::Unknown: return QStringLiteral("Missing");
    }
    return {};
}

/// What the classification's rows say, one line per row, sorted: the sheet's rows must say the same (points
/// with the English decimal point, as the CLI writes them with --lang en).
QStringList classificationLines(const QList<ClassificationRow>& rows)
{
    QStringList lines;
    for (const ClassificationRow& row : rows) {
        QString proposed = row.proposedLevel.toUpper();
        if (!row.rated)
            proposed = QStringLiteral("not rated");
        else if (row.proposedLevel.isEmpty())
            proposed = QStringLiteral("to decide");
        QString points;
        if (row.points && row.maxPoints)
            points = QStringLiteral("%1 / %2").arg(row.points->toDecimal(2), row.maxPoints->toDecimal(2));
        else if (row.points)
            points = row.points->toDecimal(2);
        lines.append(QStringList{row.subjectName, row.cellName, proposed, row.decidedLevel.toUpper(),
                                 row.finalLevel.toUpper(), points, row.flags.join(QStringLiteral("; ")),
                                 row.reason}
                         .join(u'|'));
    }
    lines.sort();
    return lines;
}

QStringList sheetLines(const SheetGrid& grid)
{
    QStringList lines;
    for (qsizetype row = 2; row < grid.rows.size(); ++row) {
        QStringList texts;
        for (int column = 0; column < 8; ++column) {
            const SheetValue value = grid.cell(row, column);
            texts.append(value.kind == SheetValue::Kind::Integer ? QString::number(value.integer)
                                                                 : value.text);
        }
        lines.append(texts.join(u'|'));
    }
    lines.sort();
    return lines;
}

void checkCommitteeRow(const SheetGrid& grid, int row, const CommitteeOverview& overview,
                       const QHash<QString, QString>& fills)
{
    const auto found =
        std::find_if(overview.rows.cbegin(), overview.rows.cend(),
                     [&](const CommitteeOverviewRow& r) { return r.name == grid.cell(row, 0).text; });
    REQUIRE(found != overview.rows.cend());
    CHECK(grid.cell(row, 1).text == Labels::of(found->cellType));
    CHECK(grid.cell(row, 2) == SheetValue::ofInteger(found->members));
    CHECK(grid.cell(row, 3).text ==
          QStringLiteral("%1/%2").arg(found->meetingsHeld).arg(found->meetingsExpected));
    int column = 4;
    for (const ScoreValue& value : {found->attendanceRate, found->meetingScore}) {
        if (value.isMissing())
            CHECK(grid.cell(row, column).text == QStringLiteral("—"));
        else
            CHECK(sameShare(grid.cell(row, column), value.number));
        ++column;
    }
    for (qsizetype section = 0; section < overview.sections.size(); ++section, ++column) {
        if (!found->modelRated) {
            CHECK(grid.cell(row, column).text == QStringLiteral("—"));
            continue;
        }
        CHECK(grid.cell(row, column).text == truthText(found->sections.at(section)));
        CHECK(fills.value(cellRef(row, column)) == OutcomeShades::of(found->sections.at(section)));
    }
    ++column; // the cell model's overall level
    if (found->classified) {
        CHECK(grid.cell(row, column)
                  .text.startsWith(found->proposedLevel.isEmpty() ? QStringLiteral("For a decision")
                                                                  : found->proposedLevel.toUpper()));
        CHECK(fills.value(cellRef(row, column)) == OutcomeShades::ofLevel(found->proposedLevel));
    }
    CHECK(grid.cell(row, column + 1).text == found->decidedLevel.toUpper());
}

} // namespace

TEST_CASE("export --year adds the committee grid and the year-end classification, as the services give them")
{
    const YearSheetsFixture f;
    const QString xlsx = f.cli.path(QStringLiteral("ea-sin-2025.xlsx"));
    const auto exported =
        f.exportWith({QStringLiteral("--org"), text("Đảng bộ xã Ea Sin"), QStringLiteral("--xlsx"), xlsx,
                      QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-22")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);

    // The members and their status history, then the year's two tables.
    const auto members = XlsxReader::read(xlsx, 0);
    const auto history = XlsxReader::read(xlsx, 1);
    const auto committee = XlsxReader::read(xlsx, 2);
    const auto yearEnd = XlsxReader::read(xlsx, 3);
    REQUIRE(members.ok());
    REQUIRE(history.ok());
    REQUIRE(committee.ok());
    REQUIRE(yearEnd.ok());
    CHECK(members->sheetName == QStringLiteral("Members"));
    CHECK(history->sheetName == QStringLiteral("Status history"));
    CHECK(committee->sheetName == QStringLiteral("Committee overview"));
    CHECK(yearEnd->sheetName == QStringLiteral("Year-end classification"));
    CHECK_FALSE(XlsxReader::read(xlsx, 4).ok());
    // The wide grid prints in landscape, one page wide.
    const QByteArray gridXml = test::zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet3.xml"));
    CHECK(gridXml.contains("orientation=\"landscape\""));
    CHECK(gridXml.contains("<pageSetUpPr fitToPage=\"1\"/>"));

    // The grid: the commune's nine cells, as the service computes them for the window.
    const QUuid commune = f.orgId("Đảng bộ xã Ea Sin");
    const auto overview = CommitteeOverview::load(*f.workspace, f.criteria, commune, year, demoDay);
    REQUIRE(overview.ok());
    REQUIRE(overview->rows.size() == 9);
    CHECK(committee->cell(0, 0).text == text("Committee overview — Đảng bộ xã Ea Sin, 2025"));
    const QStringList header{
        QStringLiteral("Cell"),           QStringLiteral("Cell type"),
        QStringLiteral("Members"),        QStringLiteral("Meetings held / due"),
        QStringLiteral("Attendance"),     MeetingQualityTexts::name(overview->meetingQuality),
        QStringLiteral("Criterion 1"),    QStringLiteral("Criterion 2"),
        QStringLiteral("Criterion 3"),    QStringLiteral("Criterion 4"),
        QStringLiteral("Four-good cell"), QStringLiteral("Proposed level"),
        QStringLiteral("Decided level")};
    REQUIRE(committee->rows.at(1).size() == header.size());
    for (qsizetype column = 0; column < header.size(); ++column)
        CHECK(committee->cell(1, column).text == header.at(column));
    REQUIRE(committee->rows.size() == 2 + overview->rows.size());
    const QHash<QString, QString> fills = test::cellFills(xlsx, 3);
    bool eaKring = false;
    for (int row = 2; row < committee->rows.size(); ++row) {
        INFO(committee->cell(row, 0).text.toStdString());
        eaKring = eaKring || committee->cell(row, 0).text == text("Chi bộ buôn Ea Kring");
        checkCommitteeRow(*committee, row, *overview, fills);
    }
    CHECK(eaKring);

    // The classification: one row per subject the year-end page lists for the commune.
    const OrgTree tree(f.organisations);
    // The page computes for the grassroots organisation at or above the one chosen, else that one: the
    // commune is above that level.
    const Organisation* grassroots = tree.grassrootsOf(commune);
    const auto snapshot = ScoringSnapshot::load(*f.workspace, grassroots ? grassroots->id : commune);
    REQUIRE(snapshot.ok());
    NoProgress noProgress;
    auto proposals = YearRecompute::compute(f.criteria, *snapshot, year, demoDay, noProgress);
    REQUIRE(proposals.ok());
    REQUIRE(YearRecompute::reloadDecisions(*f.workspace, proposals->classification).ok());
    const QList<ClassificationRow> rows =
        ClassificationRows::build(proposals->classification, f.criteria, proposals->names, tree, true);
    REQUIRE(rows.size() > 100);
    CHECK(yearEnd->cell(0, 0).text == text("Year-end classification — Đảng bộ xã Ea Sin, 2025"));
    CHECK(yearEnd->rows.at(1) ==
          QList<SheetValue>{
              SheetValue::ofText(QStringLiteral("Member or organisation")),
              SheetValue::ofText(QStringLiteral("Cell")), SheetValue::ofText(QStringLiteral("Proposed")),
              SheetValue::ofText(QStringLiteral("Decided")), SheetValue::ofText(QStringLiteral("Final")),
              SheetValue::ofText(QStringLiteral("Points")), SheetValue::ofText(QStringLiteral("Flags")),
              SheetValue::ofText(QStringLiteral("Reason"))});
    REQUIRE(yearEnd->rows.size() == 2 + rows.size());
    CHECK(sheetLines(*yearEnd) == classificationLines(rows));
    // A rated row is filled with its level's shade; Vietnamese names come through intact.
    const QHash<QString, QString> yearFills = test::cellFills(xlsx, 4);
    int filled = 0;
    for (int row = 2; row < yearEnd->rows.size(); ++row) {
        const QString shade = yearFills.value(cellRef(row, 0));
        const QString level = yearEnd->cell(row, 4).text.toLower();
        if (yearEnd->cell(row, 2).text == QStringLiteral("not rated")) {
            CHECK(shade.isEmpty());
        } else if (!level.isEmpty() && yearEnd->cell(row, 6).isEmpty()) {
            CHECK(shade == OutcomeShades::ofLevel(level));
            ++filled;
        }
    }
    CHECK(filled > 100);
    CHECK(sheetLines(*yearEnd).join(u'\n').contains(text("Chi bộ buôn Ea Kring")));
}

TEST_CASE("export --csv --table writes the committee grid or the classification — for a cell, its own row")
{
    const YearSheetsFixture f;
    const QString csv = f.cli.path(QStringLiteral("ea-kring.csv"));
    const auto exported =
        f.exportWith({QStringLiteral("--org"), text("Chi bộ buôn Ea Kring"), QStringLiteral("--csv"), csv,
                      QStringLiteral("--table"), QStringLiteral("committee"), QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--date"), QStringLiteral("2026-11-22")},
                     QStringLiteral("vi"));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const auto grid = SheetReader::read(csv);
    REQUIRE(grid.ok());
    REQUIRE(grid->rows.size() == 3);
    // In Vietnamese, the headers are the window's translated ones.
    CHECK(grid->cell(1, 0).text == text("Chi bộ"));
    CHECK(grid->cell(1, 6).text == text("Tiêu chí 1"));
    CHECK(grid->cell(1, 10).text == text("Chi bộ bốn tốt"));
    CHECK(grid->cell(2, 0).text == text("Chi bộ buôn Ea Kring"));

    const auto classified =
        f.exportWith({QStringLiteral("--org"), text("Chi bộ buôn Ea Kring"), QStringLiteral("--csv"), csv,
                      QStringLiteral("--table"), QStringLiteral("year-end"), QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--date"), QStringLiteral("2026-11-22")});
    REQUIRE(classified.exitCode == 0);
    const auto yearEnd = SheetReader::read(csv);
    REQUIRE(yearEnd.ok());
    CHECK(yearEnd->cell(1, 0).text == QStringLiteral("Member or organisation"));
    REQUIRE(yearEnd->rows.size() > 10);
    // Only the cell and its members: every row names the cell (the cell's own row names the commune).
    for (qsizetype row = 2; row < yearEnd->rows.size(); ++row) {
        const QString subject = yearEnd->cell(row, 0).text;
        const QString cell = yearEnd->cell(row, 1).text;
        CHECK((cell == text("Chi bộ buôn Ea Kring") || subject == text("Chi bộ buôn Ea Kring")));
    }
}

TEST_CASE("a bad --year or --table is refused, naming the option, and writes nothing")
{
    const YearSheetsFixture f;
    const QString xlsx = f.cli.path(QStringLiteral("bad.xlsx"));
    const QString csv = f.cli.path(QStringLiteral("bad.csv"));
    const QString org = text("Đảng bộ xã Ea Sin");
    const QList<std::pair<QStringList, QString>> refused{
        {{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--year"), QStringLiteral("20x5")},
         QStringLiteral("--year")},
        {{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--year"), QStringLiteral("1800")},
         QStringLiteral("--year")},
        {{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv, QStringLiteral("--year"),
          QStringLiteral("2025"), QStringLiteral("--table"), QStringLiteral("cells")},
         QStringLiteral("--table")},
        {{QStringLiteral("--csv"), csv, QStringLiteral("--table"), QStringLiteral("committee")},
         QStringLiteral("--year")},
        {{QStringLiteral("--xlsx"), xlsx, QStringLiteral("--year"), QStringLiteral("2025"),
          QStringLiteral("--table"), QStringLiteral("year-end")},
         QStringLiteral("--table")},
    };
    for (const auto& [arguments, option] : refused) {
        INFO(arguments.join(u' ').toStdString());
        const auto run = f.exportWith(QStringList{QStringLiteral("--org"), org} + arguments);
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(option));
        CHECK_FALSE(QFile::exists(xlsx));
        CHECK_FALSE(QFile::exists(csv));
    }
}
