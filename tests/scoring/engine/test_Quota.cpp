// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriteriaBuilder.h"
#include "EngineScenario.h"
#include "scoring/MetricIndex.h"
#include "scoring/engine/QuotaCheck.h"
#include "support/Catch.h"

using namespace chibo;
using namespace chibo::test;

namespace {

Criteria withQuota()
{
    Criteria criteria = memberYearCriteria(QStringLiteral("xep-loai-dang-vien-thu"));
    criteria.quota = Quota{QStringLiteral("ty-le-htxs"),
                           text(QStringLiteral("HTXS không quá 20% số HTT")),
                           QStringLiteral("QĐ 366-QĐ/TW Điều 11 khoản 1"),
                           QStringLiteral("htxs"),
                           QStringList{QStringLiteral("htt")},
                           Rational(1, 5)};
    return criteria;
}

QList<ScoreCard> cardsAt(const QUuid& cellId, const QString& level, int count, bool rated = true)
{
    QList<ScoreCard> cards;
    for (int i = 0; i < count; ++i) {
        ScoreCard card;
        card.criteriaId = QStringLiteral("xep-loai-dang-vien-thu");
        card.subjectKind = SubjectKind::MemberYear;
        card.subjectId = QUuid::createUuidV5(cellId, level + QString::number(i));
        card.orgId = cellId;
        card.period = QStringLiteral("2025");
        card.rated = rated;
        card.level = rated ? level : QString();
        cards.append(card);
    }
    return cards;
}

QList<ScoreCard*> pointers(QList<ScoreCard>& cards)
{
    QList<ScoreCard*> out;
    for (ScoreCard& card : cards)
        out.append(&card);
    return out;
}

} // namespace

TEST_CASE(
    "Quota: allowed is floor(base × share), per grassroots organisation, and an excess flags every card")
{
    const EngineScenario scenario;
    const ScoringInput input = scenario.input();
    const MetricIndex metrics(input);
    QList<ScoreCard> cards =
        cardsAt(EngineScenario::eaKring(), QStringLiteral("htt"), 5) +
        cardsAt(EngineScenario::tanLap(), QStringLiteral("htt"), 4) +
        cardsAt(EngineScenario::eaKring(), QStringLiteral("htxs"), 1) +
        cardsAt(EngineScenario::tanLap(), QStringLiteral("htxs"), 1) +
        cardsAt(EngineScenario::tanLap(), QStringLiteral("htxs"), 1, false) // not rated: not counted
        + cardsAt(EngineScenario::school(), QStringLiteral("htt"), 10) +
        cardsAt(EngineScenario::school(), QStringLiteral("htxs"), 2);

    const QList<QuotaState> states = QuotaCheck::apply(withQuota(), pointers(cards), metrics);

    REQUIRE(states.size() == 2);
    const bool communeFirst = EngineScenario::commune() < EngineScenario::school();
    const QuotaState& commune = states[communeFirst ? 0 : 1];
    const QuotaState& school = states[communeFirst ? 1 : 0];
    CHECK(commune.scopeOrgId == EngineScenario::commune()); // both cells count together
    CHECK(commune.baseCount == 9);
    CHECK(commune.allowed == 1); // 9 × 20 % = 1.8: never rounded up
    CHECK(commune.current == 2);
    CHECK(commune.exceeded());
    CHECK(commune.quotaId == u"ty-le-htxs");
    CHECK(commune.criteriaId == u"xep-loai-dang-vien-thu");
    CHECK(school.scopeOrgId == EngineScenario::school());
    CHECK(school.baseCount == 10);
    CHECK(school.allowed == 2);
    CHECK(school.current == 2);
    CHECK_FALSE(school.exceeded());

    int flagged = 0;
    for (const ScoreCard& card : cards) {
        const bool inCommune = card.orgId != EngineScenario::school();
        const bool expectFlag = inCommune && card.rated && card.level == u"htxs";
        CHECK(card.flags.size() == (expectFlag ? 1 : 0));
        if (!expectFlag)
            continue;
        ++flagged;
        CHECK(card.flags.first().id == u"quota:ty-le-htxs");
        CHECK(card.flags.first().label.vi == u"HTXS không quá 20% số HTT");
        REQUIRE(card.reasons.size() == 1);
        CHECK(card.reasons.first().kind == Reason::Kind::Quota);
        CHECK(card.reasons.first().checks.first().expected == ScoreValue::of(1));
    }
    CHECK(flagged == 2);
}

TEST_CASE("A file without a quota gives no quota state")
{
    const EngineScenario scenario;
    const ScoringInput input = scenario.input();
    const MetricIndex metrics(input);
    QList<ScoreCard> cards = cardsAt(EngineScenario::school(), QStringLiteral("htxs"), 3);
    CHECK(QuotaCheck::apply(memberYearCriteria(QStringLiteral("khong-han-muc")), pointers(cards), metrics)
              .isEmpty());
    CHECK(cards.first().flags.isEmpty());
}
