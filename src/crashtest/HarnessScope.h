// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace chibo {

class CriteriaSet;
class Workspace;

/// Where the harness writes in the demo commune, chosen the same way by the parent and every child. Each
/// kind of use case has cells of its own, so that no use case changes what another one predicts:
/// record edits in `editCell` (dated `day`'s year), proposals and decisions of `yearEndYear` in
/// `classifiedCells`, locks of `yearEndYear` on `lockCell`.
struct HarnessScope {
    QDate day;                         ///< the day the use cases are done on
    int yearEndYear = 0;               ///< the year classified, decided and locked
    QUuid editCell;                    ///< meetings, targets, members, imports and the recycle bin
    QList<QUuid> classifiedCells;      ///< ClassificationService::persist and decide
    QHash<QUuid, QList<QUuid>> scopes; ///< each classified cell and the organisations below it
    QUuid lockCell;                    ///< YearLock::lock and unlock
    QStringList criteriaIds;           ///< every criteria file loaded (stored results are read by file)

    /// The first four cells of the commune (tree order) that have members; refused when there are fewer.
    static Result<HarnessScope> choose(const Workspace& workspace, const CriteriaSet& criteria, QDate day);
};

} // namespace chibo
