// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/OrgTree.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "core/Session.h"
#include "services/ClassificationService.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

class Workspace;

/// A year's proposals with the names of their subjects, taken from the records they were computed from.
struct YearProposals {
    Classification classification;
    SubjectNames names;
};

/// Recomputing a year's classification as long work: the proposing runs on a worker thread, reports its
/// steps and stops at a cancel; the storing runs afterwards in the thread that owns the database, in one
/// transaction. A cancelled or failed run writes nothing, so the stored proposals stay as they were.
class YearRecompute {
    Q_DECLARE_TR_FUNCTIONS(YearRecompute)

public:
    /// The error a cancelled step returns (code "cancelled").
    static Error cancelled();

    /// For a worker thread: opens a read-only connection of its own to the database at `databasePath`
    /// (a connection belongs to the thread that opened it), reads the records around `orgId` and
    /// proposes the levels of `year`. Steps: reading the organisations, reading the records, proposing.
    static Result<YearProposals> compute(const CriteriaSet& criteria, const QString& databasePath,
                                         const QUuid& orgId, int year, QDate asOf, Progress& progress);
    /// The same from records already read (a snapshot loaded in the thread that owns the database).
    static Result<YearProposals> compute(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                         int year, QDate asOf, Progress& progress);
    /// Stores the proposals and reads back the recorded decisions, in one transaction
    /// (ClassificationService::persist: refused for a session that may neither edit nor decide for the
    /// organisation, and in a locked year); nothing when `progress` was cancelled before.
    static Status store(Workspace& workspace, const Session& session, Classification& classification,
                        const QDateTime& computedAt, Progress& progress);
    /// Reads the decisions recorded for the classification's subjects again (one query).
    static Status reloadDecisions(const Workspace& workspace, Classification& classification);

    /// The quotas of the run counted again with each recorded decision in place of its proposal: what
    /// the committee has settled so far. Grouped as the engine groups them (members by their grassroots
    /// organisation, organisations by the committee above them); allowed = floor(base × share). One pass.
    static QList<QuotaState> quotasAfterDecisions(const Classification& classification, const OrgTree& tree);
};

} // namespace chibo
