// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/CardBuilder.h"

#include "scoring/engine/EngineRun.h"
#include "scoring/engine/IndicatorScorer.h"
#include "scoring/engine/Ladder.h"

#include <QHash>

namespace chibo {

CardBuilder::CardBuilder(EngineRun& run, const Criteria& criteria, const SubjectRef& subject)
    : m_run(run)
    , m_criteria(criteria)
    , m_subject(subject)
    , m_eval(run, criteria, subject)
{}

ScoreCard CardBuilder::build()
{
    ScoreCard card = header();
    if (!checkEligibility(card))
        return card;
    scoreIndicators(card);
    Ladder ladder(m_eval);
    if (!m_criteria.levels.isEmpty())
        ladder.classify(card);
    ladder.applyFlagRules(card);
    return card;
}

ScoreCard CardBuilder::header() const
{
    ScoreCard card;
    card.criteriaId = m_criteria.id;
    card.criteriaVersion = m_criteria.version;
    card.contentHash = m_criteria.contentHash;
    card.subjectKind = m_subject.kind;
    card.subjectId = m_subject.id;
    card.orgId = m_subject.orgId;
    card.period = m_subject.period;
    return card;
}

bool CardBuilder::checkEligibility(ScoreCard& card)
{
    for (const EligibilityRule& rule : m_criteria.eligibility) {
        QList<Check> checks;
        const Truth excluded = m_eval.truth(rule.when, checks);
        if (excluded == Truth::True) {
            card.rated = false;
            card.reasons.append(
                {Reason::Kind::NotRated, rule.id, rule.reason, rule.legalRef, Truth::True, {}, checks});
            return false;
        }
        if (excluded == Truth::Unknown) // may be excluded: rated, but a person checks
            card.flags.append({rule.id, rule.reason, rule.legalRef, checks});
    }
    return true;
}

void CardBuilder::scoreIndicators(ScoreCard& card)
{
    IndicatorScorer scorer(m_eval, m_run.ratings());
    QHash<const Indicator*, IndicatorScorer::Scored> scored; // lookups only; output follows file order
    for (const Indicator* indicator : m_run.indicatorOrder(m_criteria))
        scored.insert(indicator, scorer.score(*indicator));
    bool totalKnown = true;
    for (const Indicator& indicator : m_criteria.indicators) {
        IndicatorScorer::Scored& item = scored[&indicator];
        card.hasPoints = card.hasPoints || item.result.scored;
        if (item.result.scored && item.applicable) {
            card.maxTotal = card.maxTotal + item.result.maxPoints;
            card.total = card.total + item.result.points;
            totalKnown = totalKnown && item.points.has_value();
        }
        if (item.result.scored && !item.applicable && !item.points)
            totalKnown = false; // whether it applies is unknown
        card.flags += item.flags;
        card.indicators.append(std::move(item.result));
    }
    m_eval.setTotal(totalKnown ? ScoreValue::of(card.total) : ScoreValue::missing());
}

} // namespace chibo
