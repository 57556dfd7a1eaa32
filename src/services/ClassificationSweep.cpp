// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationSweep.h"

#include "core/OrgTree.h"
#include "scoring/metrics/SubjectLister.h"
#include "services/OrgSnapshot.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

#include <algorithm>

namespace chibo {

namespace {

/// Loads, classifies and stores one unit, and hands it to `done`.
Status sweepUnit(Workspace& workspace, const OrgSnapshot& organisations, const Session& session,
                 const CriteriaSet& criteria, const QUuid& unit, int year, QDate asOf,
                 const QDateTime& computedAt, const ClassificationSweep::UnitDone& done)
{
    QElapsedTimer clock;
    clock.start();
    const auto snapshot = ScoringSnapshot::load(workspace, organisations.tree(), unit);
    if (!snapshot)
        return snapshot.error();
    const qint64 loaded = clock.nsecsElapsed();
    auto classification = ClassificationService::classify(criteria, *snapshot, year, asOf);
    if (!classification)
        return classification.error();
    const qint64 classified = clock.nsecsElapsed();
    if (const Status stored =
            ClassificationService::persist(workspace, session, *classification, computedAt, organisations);
        !stored)
        return stored;
    return done({*snapshot, *classification, loaded, classified - loaded, clock.nsecsElapsed() - classified});
}

} // namespace

QList<QUuid> ClassificationSweep::units(const OrgTree& tree, const QUuid& orgId, qsizetype unitOrganisations)
{
    const Organisation* org = tree.find(orgId);
    if (!org || tree.grassrootsOf(orgId) || SubjectLister::isClassified(*org) ||
        tree.subtree(orgId).size() <= unitOrganisations)
        return {orgId};
    const QList<const Organisation*> children = tree.children(orgId);
    // The organisations a committee classifies are compared with each other (the HTXS quota counts
    // across them), so they stay in one unit with it.
    if (std::any_of(children.cbegin(), children.cend(),
                    [](const Organisation* child) { return SubjectLister::isClassified(*child); }))
        return {orgId};
    QList<QUuid> units;
    for (const Organisation* child : children)
        units.append(ClassificationSweep::units(tree, child->id, unitOrganisations));
    return units;
}

Status ClassificationSweep::run(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                                const QUuid& orgId, int year, QDate asOf, const QDateTime& computedAt,
                                const UnitDone& done, qsizetype unitOrganisations)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    if (const auto found = (*organisations)->require(orgId); !found)
        return found.error();
    for (const QUuid& unit : units((*organisations)->tree(), orgId, unitOrganisations)) {
        if (const Status swept =
                sweepUnit(workspace, **organisations, session, criteria, unit, year, asOf, computedAt, done);
            !swept)
            return swept;
    }
    return transaction.commit();
}

} // namespace chibo
