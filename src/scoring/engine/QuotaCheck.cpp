// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/QuotaCheck.h"

#include "core/Organisation.h"
#include "scoring/MetricIndex.h"

#include <QMap>
#include <QUuid>

namespace chibo {

namespace {

QuotaState stateFor(const Criteria& file, const Quota& quota, const QUuid& scope,
                    const QList<ScoreCard*>& cards)
{
    QuotaState state{file.id, quota.id, quota.label, quota.legalRef, scope, quota.level, quota.baseLevels};
    for (const ScoreCard* card : cards) {
        if (card->level == quota.level)
            ++state.current;
        if (quota.baseLevels.contains(card->level))
            ++state.baseCount;
    }
    state.allowed = (Rational(state.baseCount) * quota.share).floor();
    return state;
}

void flagExcess(const Quota& quota, const QuotaState& state, const QList<ScoreCard*>& cards)
{
    const Check check{QStringLiteral("quota:") + quota.id, ScoreValue::of(state.current),
                      QStringLiteral("<="), ScoreValue::of(state.allowed), Truth::False};
    for (ScoreCard* card : cards) {
        if (card->level != quota.level)
            continue;
        card->flags.append({QStringLiteral("quota:") + quota.id, quota.label, quota.legalRef, {check}});
        card->reasons.append(
            {Reason::Kind::Quota, quota.id, quota.label, quota.legalRef, Truth::False, quota.level, {check}});
    }
}

/// Members are counted across their grassroots organisation (HD 21: "ở từng tổ chức cơ sở đảng").
/// Organisations are counted across the committee that classifies them: a grassroots organisation's
/// upper committee, a subordinate cell's đảng bộ cơ sở.
QUuid deciderOf(const ScoreCard& card, const MetricIndex& metrics)
{
    if (card.subjectKind != SubjectKind::OrganisationYear &&
        card.subjectKind != SubjectKind::OrganisationMonth)
        return metrics.grassrootsOf(card.orgId);
    const Organisation* org = metrics.organisation(card.subjectId);
    return org && !org->parentId.isNull() ? org->parentId : card.subjectId;
}

} // namespace

QList<QuotaState> QuotaCheck::apply(const Criteria& file, const QList<ScoreCard*>& cards,
                                    const MetricIndex& metrics)
{
    if (!file.quota)
        return {};
    const Quota& quota = *file.quota;
    QMap<QUuid, QList<ScoreCard*>> groups; // by the committee that decides, in id order
    for (ScoreCard* card : cards) {
        if (card->rated)
            groups[deciderOf(*card, metrics)].append(card);
    }
    QList<QuotaState> states;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QuotaState state = stateFor(file, quota, it.key(), it.value());
        if (state.exceeded())
            flagExcess(quota, state, it.value());
        states.append(state);
    }
    return states;
}

} // namespace chibo
