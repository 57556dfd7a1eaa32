// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QUuid>

namespace chibo {

class OrgTree;
class Workspace;

/// The records a scoring run reads, loaded once. Scores are asked for an organisation, but the HTXS
/// quota counts across its whole grassroots organisation, so an organisation below a grassroots one
/// is evaluated from that grassroots organisation and its results are then filtered.
struct ScoringSnapshot {
    Q_DECLARE_TR_FUNCTIONS(ScoringSnapshot)

public:
    Dataset dataset;
    QUuid requestedOrgId; ///< whose results are shown
    QUuid evaluatedOrgId; ///< the scope the engine runs on: the grassroots organisation or above

    /// From a database: the organisation list, then one subtree load (a fixed number of queries).
    static Result<ScoringSnapshot> load(const Workspace& workspace, const QUuid& orgId);
    /// The same, with the organisations already read (`tree` over all of the workspace's).
    static Result<ScoringSnapshot> load(const Workspace& workspace, const OrgTree& tree, const QUuid& orgId);
    /// From a dataset already in memory (a dataset file, a criteria test case).
    static Result<ScoringSnapshot> of(Dataset dataset, const QUuid& orgId);
    /// From a dataset file; `orgKey` finds the organisation as Workspace::findOrganisation does.
    static Result<ScoringSnapshot> readFile(const QString& path, const QString& orgKey);
};

} // namespace chibo
