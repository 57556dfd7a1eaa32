// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionWorld.h"
#include "scoring/ScoringEngine.h"
#include "support/Catch.h"

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

template <typename T>
void reverse(QList<T>& list)
{
    std::reverse(list.begin(), list.end());
}

/// The same records in another order, as another database or import might give them.
Dataset shuffled(Dataset dataset)
{
    reverse(dataset.members);
    reverse(dataset.meetings);
    for (Meeting& meeting : dataset.meetings)
        reverse(meeting.attendance);
    reverse(dataset.ratings);
    reverse(dataset.targets);
    // Organisations must come parents first: keep the root, reverse the rest's siblings.
    std::reverse(dataset.organisations.begin() + 1, dataset.organisations.end());
    std::stable_partition(dataset.organisations.begin(), dataset.organisations.end(),
                          [](const Organisation& org) { return org.kind == OrgKind::UpperCommittee; });
    std::stable_partition(dataset.organisations.begin() + 1, dataset.organisations.end(),
                          [](const Organisation& org) { return org.kind == OrgKind::GrassrootsCommittee; });
    return dataset;
}

} // namespace

TEST_CASE("The quota of a file evaluated by the engine: 9 HTT allow 1 HTXS, and both HTXS are flagged")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const Result<ScoreRun> run =
        ScoringEngine(set).evaluate(QStringLiteral("xep-loai-thu"), world.scenario.input());
    REQUIRE(run.ok());
    REQUIRE(run->quotas.size() == 1);
    const QuotaState& quota = run->quotas.first();
    CHECK(quota.scopeOrgId == EngineScenario::commune());
    CHECK(quota.quotaId == u"htxs-20");
    CHECK(quota.current == 2);
    CHECK(quota.baseCount == 9);
    CHECK(quota.allowed == 1);
    CHECK(quota.exceeded());
    int flagged = 0;
    for (const ScoreCard& card : run->cards) {
        const bool excellent = card.level == u"htxs";
        CHECK(card.needsDecision() == excellent);
        if (excellent) {
            ++flagged;
            REQUIRE(card.flags.size() == 1);
            CHECK(card.flags.first().id == u"quota:htxs-20");
        }
    }
    CHECK(flagged == 2);
}

TEST_CASE("Evaluating twice, or the same records in another order, gives the same run")
{
    const CompositionWorld world;
    const CriteriaSet set = CompositionWorld::loadedSet();
    const ScoringEngine engine(set);
    for (const QString& id : {QStringLiteral("chi-bo-kieu-mau-thu"), QStringLiteral("xep-loai-thu")}) {
        const Result<ScoreRun> first = engine.evaluate(id, world.scenario.input());
        const Result<ScoreRun> second = engine.evaluate(id, world.scenario.input());
        REQUIRE(first.ok());
        REQUIRE(second.ok());
        CHECK_FALSE(first->cards.isEmpty());
        CHECK(*first == *second);

        const Dataset other = shuffled(world.scenario.dataset());
        REQUIRE_FALSE(other == world.scenario.dataset());
        ScoringInput input = world.scenario.input();
        input.dataset = &other;
        const Result<ScoreRun> reordered = engine.evaluate(id, input);
        REQUIRE(reordered.ok());
        CHECK(*reordered == *first);
    }
}
