// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScoringService.h"

#include "core/OrgTree.h"
#include "scoring/ScoringEngine.h"

namespace chibo {

Result<ScoreRun> ScoringService::score(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                       const ScoreQuery& query)
{
    if (query.year < 1945 || query.year > 2200 || query.month < 0 || query.month > 12) {
        return Error{QStringLiteral("scoring.bad-period"),
                     tr("The period must be a year from 1945 and, if given, a month from 1 to 12."),
                     {}};
    }
    ScoringInput input;
    input.dataset = &snapshot.dataset;
    input.scopeOrgId = snapshot.evaluatedOrgId;
    input.year = query.year;
    input.month = query.month;
    input.asOf = query.asOf;
    const ScoringEngine engine(criteria);
    auto run = engine.evaluate(query.criteriaIds, input);
    if (!run || snapshot.requestedOrgId == snapshot.evaluatedOrgId)
        return run;
    return restrictTo(*run, snapshot.dataset.organisations, snapshot.requestedOrgId);
}

ScoreRun ScoringService::restrictTo(const ScoreRun& run, const QList<Organisation>& organisations,
                                    const QUuid& orgId)
{
    const OrgTree tree(organisations);
    QList<QUuid> lineage;
    for (const Organisation* org : tree.lineage(orgId))
        lineage.append(org->id);
    ScoreRun restricted;
    for (const ScoreCard& card : run.cards) {
        if (tree.isInSubtree(card.orgId, orgId))
            restricted.cards.append(card);
    }
    for (const QuotaState& quota : run.quotas) {
        if (tree.isInSubtree(quota.scopeOrgId, orgId) || lineage.contains(quota.scopeOrgId))
            restricted.quotas.append(quota);
    }
    return restricted;
}

} // namespace chibo
