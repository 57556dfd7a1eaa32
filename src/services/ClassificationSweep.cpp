// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationSweep.h"

#include "core/OrgTree.h"
#include "scoring/metrics/SubjectLister.h"
#include "services/OrgSnapshot.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

namespace chibo {

namespace {

/// Loads, classifies and stores one unit; its records are released before `done` is called.
Status sweepUnit(Workspace& workspace, const OrgSnapshot& organisations, const Session& session,
                 const CriteriaSet& criteria, const QUuid& unit, int year, QDate asOf,
                 const QDateTime& computedAt, const ClassificationSweep::UnitDone& done)
{
    QElapsedTimer clock;
    clock.start();
    qsizetype members = 0;
    qint64 loaded = 0;
    auto classification = [&]() -> Result<Classification> {
        const auto snapshot = ScoringSnapshot::load(workspace, organisations.tree(), unit);
        if (!snapshot)
            return snapshot.error();
        members = snapshot->dataset.members.size();
        loaded = clock.nsecsElapsed();
        return ClassificationService::classify(criteria, *snapshot, year, asOf);
    }();
    if (!classification)
        return classification.error();
    const qint64 classified = clock.nsecsElapsed();
    if (const Status stored = ClassificationService::persist(workspace, session, *classification, computedAt);
        !stored)
        return stored;
    return done({*classification, members, loaded, classified - loaded, clock.nsecsElapsed() - classified});
}

} // namespace

QList<QUuid> ClassificationSweep::units(const OrgTree& tree, const QUuid& orgId)
{
    const Organisation* org = tree.find(orgId);
    if (!org || tree.grassrootsOf(orgId) || SubjectLister::isClassified(*org) ||
        tree.subtree(orgId).size() <= UnitOrganisations)
        return {orgId};
    QList<QUuid> units;
    for (const Organisation* child : tree.children(orgId))
        units.append(ClassificationSweep::units(tree, child->id));
    return units;
}

Status ClassificationSweep::run(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                                const QUuid& orgId, int year, QDate asOf, const QDateTime& computedAt,
                                const UnitDone& done)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    if (const auto found = (*organisations)->require(orgId); !found)
        return found.error();
    for (const QUuid& unit : units((*organisations)->tree(), orgId)) {
        if (const Status swept =
                sweepUnit(workspace, **organisations, session, criteria, unit, year, asOf, computedAt, done);
            !swept)
            return swept;
    }
    return transaction.commit();
}

} // namespace chibo
