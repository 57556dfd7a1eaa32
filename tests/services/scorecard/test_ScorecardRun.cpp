// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Labels.h"
#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/ScorecardEvidence.h"
#include "services/ScorecardRun.h"
#include "services/ScorecardTexts.h"
#include "services/Workspace.h"
#include "support/Catch.h"

#include <QTemporaryDir>

using namespace chibo;

namespace {

const QDate runDay(2026, 11, 22);

/// The scorecards of "Chi bộ buôn Ea Kring" in the demo for a year.
struct EaKring {
    explicit EaKring(int year)
    {
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        REQUIRE(DemoDatabase::create(path, runDay).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        criteria = loaded->set;
        const auto cell = workspace->findOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"));
        REQUIRE(cell.ok());
        auto scored = ScorecardRun::load(*workspace, criteria, cell->id, year, runDay);
        REQUIRE(scored.ok());
        run = std::move(scored).value();
    }
    const Criteria* file(const QString& id) const
    {
        for (const Criteria* candidate : run->files()) {
            if (candidate->id == id)
                return candidate;
        }
        return nullptr;
    }
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
    std::unique_ptr<ScorecardRun> run;
};

} // namespace

TEST_CASE("one run gives the cell's cards of every file that applies, filtered by month")
{
    EaKring ea(2025);
    const ScoreCard* model = ea.run->cellModelCard();
    REQUIRE(model);
    CHECK(model->criteriaId == QStringLiteral("chi-bo-bon-tot"));
    CHECK(model->subjectId == ea.run->cellId());
    CHECK(model->indicators.size() == 8);

    const Criteria* hd12 = ea.file(QStringLiteral("chat-luong-sinh-hoat-hd12"));
    REQUIRE(hd12);
    const QList<int> march = ea.run->cardsOf(*hd12, 3);
    REQUIRE_FALSE(march.isEmpty());
    for (const int index : march) {
        const ScoreCard& card = ea.run->run().cards.at(index);
        CHECK(card.period.startsWith(QStringLiteral("2025-03-")));
        CHECK(card.orgId == ea.run->cellId());
    }
    CHECK(ea.run->cardsOf(*hd12, 0).size() > march.size());
    const Criteria* months = ea.file(QStringLiteral("lich-sinh-hoat-thang"));
    REQUIRE(months);
    CHECK(ea.run->cardsOf(*months, 0).size() == 12);
    CHECK(ea.run->cardsOf(*months, 7).size() == 1);
    for (const Criteria* file : ea.run->files())
        CHECK_FALSE(ea.run->cardsOf(*file, 0).isEmpty());
}

TEST_CASE("the monthly tallies add up to the year and every month of 2025 had a meeting")
{
    EaKring ea(2025);
    REQUIRE(ea.run->months().size() == 12);
    ScorecardTally year;
    for (const ScorecardTally& month : ea.run->months()) {
        CHECK(month.regularMeetings >= 1);
        CHECK_FALSE(month.attendanceRate().isMissing());
        year += month;
    }
    CHECK(year.regularMeetings >= 12);
    CHECK(year.attended <= year.expected);
    // HD 12's criteria judge the meetings until 27/10/2025, HD 42's after; An Phú's points form is a
    // template and counts for nothing.
    CHECK_FALSE(ea.run->meetingQuality().byPoints);
    for (const ScorecardTally& month : ea.run->months())
        CHECK_FALSE(month.meetingScore().isMissing());
    CHECK(year.criteriaMet <= year.criteriaJudged);
}

TEST_CASE("why not four goods yet: each criterion not met, with its reason in words")
{
    EaKring ea(2025);
    const ScoreCard* model = ea.run->cellModelCard();
    REQUIRE(model);
    const ScorecardTexts texts(ea.criteria, ea.run->dataset(), ea.run->run(), ea.run->names(), true);
    const QStringList lines = texts.whyNotMet(*model);
    int notMet = 0;
    for (const IndicatorResult& item : model->indicators)
        notMet += item.outcome == IndicatorOutcome::Fail || item.outcome == IndicatorOutcome::Missing ? 1 : 0;
    REQUIRE(notMet > 0);
    REQUIRE(lines.size() == notMet);
    for (const QString& line : lines)
        CHECK(line.startsWith(QStringLiteral("Criterion ")));
    for (const IndicatorResult& item : model->indicators) {
        if (item.outcome != IndicatorOutcome::Fail)
            continue;
        const QString reason = texts.reasonText(*model, item);
        INFO(reason.toStdString());
        CHECK(reason.contains(QStringLiteral("it must be")));
        CHECK(reason.contains(texts.valueText(*model, item)));
    }
    CHECK(model->level == QStringLiteral("chua_dat"));
    CHECK_FALSE(texts.whyNotHigher(*model).isEmpty());
}

TEST_CASE("the evidence of a meeting's attendance names each member with the status recorded")
{
    EaKring ea(2025);
    const Criteria* hd12 = ea.file(QStringLiteral("chat-luong-sinh-hoat-hd12"));
    REQUIRE(hd12);
    const ScorecardTexts texts(ea.criteria, ea.run->dataset(), ea.run->run(), ea.run->names(), true);
    const ScorecardEvidence evidence(ea.run->dataset(), texts, ea.run->names());
    int checked = 0;
    for (const int index : ea.run->cardsOf(*hd12, 0)) {
        const ScoreCard& card = ea.run->run().cards.at(index);
        for (const IndicatorResult& item : card.indicators) {
            const QList<ScorecardEvidenceRow> rows = evidence.rows(item.records);
            REQUIRE(rows.size() == item.records.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const RecordRef& record = item.records.at(i);
                if (record.kind != u"attendance")
                    continue;
                const Meeting* meeting = nullptr;
                for (const Meeting& candidate : ea.run->dataset().meetings) {
                    if (candidate.id == record.id)
                        meeting = &candidate;
                }
                REQUIRE(meeting);
                CHECK(rows.at(i).date == meeting->date);
                CHECK(rows.at(i).name == ea.run->names().of(QUuid(record.detail)));
                for (const Attendance& attendance : meeting->attendance) {
                    if (attendance.memberId == QUuid(record.detail))
                        CHECK(rows.at(i).detail.contains(Labels::of(attendance.status)));
                }
                ++checked;
            }
        }
    }
    CHECK(checked > 0);
}
