// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionWorld.h"
#include "scoring/ScoringEngine.h"
#include "support/Catch.h"

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

const ScoreCard* cardOf(const ScoreRun& run, const QString& criteriaId, const QUuid& subject)
{
    const auto found = std::find_if(run.cards.cbegin(), run.cards.cend(), [&](const ScoreCard& card) {
        return card.criteriaId == criteriaId && card.subjectId == subject;
    });
    return found == run.cards.cend() ? nullptr : &*found;
}

} // namespace

TEST_CASE("A model reads meeting-quality results, each meeting judged by the file in force on its date")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const ScoringEngine engine(set);

    const Result<ScoreRun> run =
        engine.evaluate(QStringLiteral("chi-bo-kieu-mau-thu"), world.scenario.input());
    REQUIRE(run.ok());

    // The meetings' cards are in the run, from the old file before 28/10/2025 and the new one after.
    const QString oldFile = QStringLiteral("chat-luong-hop-cu");
    const QString newFile = QStringLiteral("chat-luong-hop-moi");
    REQUIRE(cardOf(*run, oldFile, world.meetings[0]));
    CHECK(cardOf(*run, oldFile, world.meetings[0])->level == u"kha"); // 4 of 5
    CHECK(cardOf(*run, oldFile, world.meetings[1])->level == u"tot");
    CHECK_FALSE(cardOf(*run, oldFile, world.meetings[2]));
    REQUIRE(cardOf(*run, newFile, world.meetings[2]));
    CHECK(cardOf(*run, newFile, world.meetings[2])->level == u"kdat"); // 60 minutes
    CHECK(cardOf(*run, newFile, world.meetings[3])->level == u"tot");
    CHECK(cardOf(*run, newFile, world.meetings[3])->period == u"2025-12-10");

    const ScoreCard* model = cardOf(*run, QStringLiteral("chi-bo-kieu-mau-thu"), EngineScenario::eaKring());
    REQUIRE(model);
    REQUIRE(model->indicators.size() == 2);
    CHECK(model->indicators[0].value == ScoreValue::of(3)); // count_at_least kha
    CHECK(model->indicators[1].value == ScoreValue::of(Rational(3, 4)));
    CHECK(model->level == u"dat");
    CHECK(model->flags.isEmpty());
    const QList<RecordRef>& read = model->indicators[0].records;
    REQUIRE(read.size() == 4);
    CHECK(std::count_if(read.cbegin(), read.cend(), [&](const RecordRef& ref) {
              return ref.kind == u"result" && ref.detail == oldFile;
          }) == 2);

    // A cell without meetings: none at KHA, the share is missing; the count alone already fails the rule.
    const ScoreCard* idle = cardOf(*run, QStringLiteral("chi-bo-kieu-mau-thu"), EngineScenario::tanLap());
    REQUIRE(idle);
    CHECK(idle->indicators[0].value == ScoreValue::of(0));
    CHECK(idle->indicators[1].value.isMissing());
    CHECK(idle->level == u"chua_dat");
    REQUIRE(idle->reasons.size() == 1);
    CHECK(idle->reasons[0].met == Truth::False);
    CHECK(idle->flags.size() == 1);
    CHECK(idle->flags[0].id == u"missing:ty-le-kha");
    CHECK(run->quotas.isEmpty());
}

TEST_CASE("The run is ordered by criteria, subject kind, period and subject")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const Result<ScoreRun> run =
        ScoringEngine(set).evaluate(QStringLiteral("chi-bo-kieu-mau-thu"), world.scenario.input());
    REQUIRE(run.ok());
    QStringList order;
    for (const ScoreCard& card : run->cards)
        order.append(card.criteriaId + u' ' + card.period);
    CHECK(order.mid(0, 4) == QStringList{QStringLiteral("chat-luong-hop-cu 2025-03-10"),
                                         QStringLiteral("chat-luong-hop-cu 2025-04-10"),
                                         QStringLiteral("chat-luong-hop-moi 2025-11-10"),
                                         QStringLiteral("chat-luong-hop-moi 2025-12-10")});
    CHECK(std::is_sorted(run->cards.cbegin(), run->cards.cend(), [](const ScoreCard& a, const ScoreCard& b) {
        return std::tuple(a.criteriaId, int(a.subjectKind), a.period, a.subjectId) <
               std::tuple(b.criteriaId, int(b.subjectKind), b.period, b.subjectId);
    }));
}

TEST_CASE("A meeting file evaluated for a year judges only the meetings of its validity")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const Result<ScoreRun> run =
        ScoringEngine(set).evaluate(QStringLiteral("chat-luong-hop-moi"), world.scenario.input());
    REQUIRE(run.ok());
    REQUIRE(run->cards.size() == 2);
    CHECK(run->cards[0].subjectId == world.meetings[2]);
    CHECK(run->cards[1].subjectId == world.meetings[3]);
}

TEST_CASE("A meeting file that ended during the year still judges the meetings before its end")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const Result<ScoreRun> run =
        ScoringEngine(set).evaluate(QStringLiteral("chat-luong-hop-cu"), world.scenario.input());
    REQUIRE(run.ok());
    REQUIRE(run->cards.size() == 2);
    CHECK(run->cards[0].subjectId == world.meetings[0]);
    CHECK(run->cards[1].subjectId == world.meetings[1]);
}

TEST_CASE("Evaluating a file that is not in force for the period is an error")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const ScoringEngine engine(set);
    const Result<ScoreRun> unknown =
        engine.evaluate(QStringLiteral("khong-co-tieu-chi"), world.scenario.input());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == u"scoring.no-criteria");
    CHECK(unknown.error().message.contains(u"khong-co-tieu-chi"));
    CHECK_FALSE(engine.evaluate(QStringLiteral("xep-loai-thu"), world.scenario.input(2024)).ok());
}
