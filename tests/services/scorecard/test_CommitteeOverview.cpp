// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OrgTree.h"
#include "services/CommitteeOverview.h"
#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/OrganisationSummary.h"
#include "services/ScorecardRules.h"
#include "services/ScoringService.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QTemporaryDir>

using namespace chibo;

namespace {

const QDate demoDay(2026, 11, 22);

/// The demo database of Ea Sin commune, opened.
struct Demo {
    Demo()
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        REQUIRE(DemoDatabase::create(path, demoDay).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        criteria = loaded->set;
        const auto commune = workspace->findOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"));
        REQUIRE(commune.ok());
        communeId = commune->id;
    }
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
    QUuid communeId;
};

const ScoreCard* cardOf(const ScoreRun& run, const QString& criteriaId, const QUuid& subjectId)
{
    for (const ScoreCard& card : run.cards) {
        if (card.criteriaId == criteriaId && card.subjectId == subjectId)
            return &card;
    }
    return nullptr;
}

CommitteeOverviewRow aRow(const QString& name, CellType type, qint64 attended, qint64 expected)
{
    CommitteeOverviewRow row;
    row.name = name;
    row.cellType = type;
    const auto rate = Rational::ratio(attended, expected);
    row.attendanceRate = rate ? ScoreValue::of(*rate) : ScoreValue::missing();
    return row;
}

} // namespace

TEST_CASE("the overview of Ea Sin commune for 2025 has one row per cell, matching the engine's cards")
{
    Demo demo;
    const auto overview =
        CommitteeOverview::load(*demo.workspace, demo.criteria, demo.communeId, 2025, demoDay);
    REQUIRE(overview.ok());
    REQUIRE(overview->cellModel);
    CHECK(overview->cellModel->id == QStringLiteral("chi-bo-bon-tot"));
    REQUIRE(overview->classification);
    CHECK(overview->classification->id == QStringLiteral("xep-loai-to-chuc-qd366"));
    CHECK(overview->sections.size() == 4);
    CHECK(overview->end == QDate(2025, 12, 31));
    CHECK(overview->rootId == demo.communeId);

    const auto organisations = demo.workspace->storage().organisations().all();
    REQUIRE(organisations.ok());
    const OrgTree tree(*organisations);
    QList<QUuid> cells;
    for (const Organisation* org : tree.subtree(demo.communeId)) {
        if (org->isCell())
            cells.append(org->id);
    }
    REQUIRE(overview->rows.size() == cells.size());

    // The engine on its own, for the same files and year.
    const auto snapshot = ScoringSnapshot::load(*demo.workspace, demo.communeId);
    REQUIRE(snapshot.ok());
    const auto run = ScoringService::score(
        demo.criteria, *snapshot,
        {{QStringLiteral("chi-bo-bon-tot"), QStringLiteral("xep-loai-to-chuc-qd366")}, 2025, 0, demoDay});
    REQUIRE(run.ok());
    for (const CommitteeOverviewRow& row : overview->rows) {
        INFO(row.name.toStdString());
        CHECK(cells.contains(row.cellId));
        const ScoreCard* model = cardOf(*run, QStringLiteral("chi-bo-bon-tot"), row.cellId);
        REQUIRE(model);
        CHECK(row.modelLevel == model->level);
        CHECK(row.modelNeedsDecision == model->needsDecision());
        REQUIRE(row.sections.size() == 4);
        for (int i = 0; i < 4; ++i)
            CHECK(row.sections.at(i) == ScorecardRules::sectionMet(*model, overview->sections.at(i)));
        const ScoreCard* proposal = cardOf(*run, QStringLiteral("xep-loai-to-chuc-qd366"), row.cellId);
        REQUIRE(proposal);
        CHECK(row.proposedLevel == proposal->level);
        CHECK(row.meetingsExpected == 12);
        CHECK(row.meetingsHeld > 0);
        CHECK(row.members > 0);
    }
}

TEST_CASE("the overview counts members and attendance as the organisation summary does")
{
    Demo demo;
    const auto overview =
        CommitteeOverview::load(*demo.workspace, demo.criteria, demo.communeId, 2025, demoDay);
    REQUIRE(overview.ok());
    const auto lines = OrganisationSummary::build(*demo.workspace, demo.communeId, QDate(2025, 12, 31));
    REQUIRE(lines.ok());
    int compared = 0;
    for (const CommitteeOverviewRow& row : overview->rows) {
        for (const OrganisationSummaryLine& line : *lines) {
            if (line.organisation.id != row.cellId)
                continue;
            INFO(row.name.toStdString());
            CHECK(row.members == line.members());
            const auto rate = Rational::ratio(line.attendedInYear, line.expectedInYear);
            REQUIRE(rate);
            CHECK(row.attendanceRate == ScoreValue::of(*rate));
            ++compared;
        }
    }
    CHECK(compared == overview->rows.size());
}

TEST_CASE("the year in progress counts the months started so far and the criteria its meetings met")
{
    Demo demo;
    const auto overview =
        CommitteeOverview::load(*demo.workspace, demo.criteria, demo.communeId, 2026, demoDay);
    REQUIRE(overview.ok());
    CHECK(overview->end == demoDay);
    REQUIRE_FALSE(overview->meetingQuality.isEmpty());
    CHECK_FALSE(overview->meetingQuality.byPoints); // HD 42's criteria met: no points form is installed
    bool scored = false;
    for (const CommitteeOverviewRow& row : overview->rows) {
        CHECK(row.meetingsExpected == 11); // January to November 2026
        CHECK(row.meetingsHeld <= 11);
        if (!row.meetingScore.isMissing()) {
            scored = true;
            CHECK(row.meetingScore.number > Rational(0));
            CHECK(row.meetingScore.number <= Rational(1));
        }
    }
    CHECK(scored);
}

TEST_CASE("the overview around a cell compares the cells of the committee above it")
{
    Demo demo;
    const auto organisations = demo.workspace->storage().organisations().all();
    REQUIRE(organisations.ok());
    const auto idOf = [&](const QString& name) {
        for (const Organisation& org : *organisations) {
            if (org.name == name)
                return org.id;
        }
        FAIL("no organisation " << name.toStdString());
        return QUuid();
    };
    const QUuid coQuan = idOf(QStringLiteral("Đảng bộ Cơ quan Đảng - Đoàn thể xã"));
    CHECK(CommitteeOverview::rootFor(*organisations, idOf(QStringLiteral("Chi bộ buôn Ea Kring"))) ==
          demo.communeId);
    CHECK(CommitteeOverview::rootFor(*organisations, demo.communeId) == demo.communeId);
    CHECK(CommitteeOverview::rootFor(*organisations, idOf(QStringLiteral("Chi bộ Mặt trận - Đoàn thể"))) ==
          coQuan);
    const auto overview = CommitteeOverview::load(*demo.workspace, demo.criteria, coQuan, 2025, demoDay);
    REQUIRE(overview.ok());
    CHECK(overview->rootId == coQuan);
    QStringList names;
    for (const CommitteeOverviewRow& row : overview->rows)
        names.append(row.name);
    CHECK(names == QStringList{QStringLiteral("Chi bộ Mặt trận - Đoàn thể"),
                               QStringLiteral("Chi bộ Văn phòng Đảng ủy")});
}

TEST_CASE("ranks compare cells within their cell type, ties share a place, missing values have none")
{
    const QList<CommitteeOverviewRow> rows{
        aRow(QStringLiteral("Chi bộ buôn Ea Kring"), CellType::Residential, 17, 20),
        aRow(QStringLiteral("Chi bộ buôn Ea Sin"), CellType::Residential, 19, 20),
        aRow(QStringLiteral("Chi bộ Trường THCS Ea Sin"), CellType::School, 9, 10),
        aRow(QStringLiteral("Chi bộ buôn Ea Tar"), CellType::Residential, 34, 40),
        aRow(QStringLiteral("Chi bộ buôn Cư Pơng"), CellType::Residential, 0, 0),
        aRow(QStringLiteral("Chi bộ buôn Ea Ngai"), CellType::Residential, 1, 2),
    };
    const QList<CommitteeOverview::Rank> ranks =
        CommitteeOverview::ranks(rows, CommitteeOverview::Measure::Attendance);
    REQUIRE(ranks.size() == rows.size());
    using Rank = CommitteeOverview::Rank;
    CHECK(ranks.at(0) == Rank{2, 5}); // 85 %, tied with Ea Tar
    CHECK(ranks.at(1) == Rank{1, 5}); // 95 %
    CHECK(ranks.at(2) == Rank{1, 1}); // the only school
    CHECK(ranks.at(3) == Rank{2, 5}); // 34/40 = 85 %
    CHECK(ranks.at(4) == Rank{0, 5}); // nobody expected: no value
    CHECK(ranks.at(5) == Rank{4, 5}); // 50 %
}
