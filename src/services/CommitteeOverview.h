// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationDecision.h"
#include "core/Result.h"
#include "scoring/CriteriaSet.h"
#include "services/CommitteeOverviewRow.h"
#include "services/MeetingQualityForms.h"
#include "services/ScoringSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace chibo {

class Workspace;

/// A committee's cells side by side for a year: size, meetings, attendance, meeting score,
/// each criterion of the cell model ("chi bộ bốn tốt") and its overall level, the proposed
/// classification and the decided one. Built from one scoring run over the whole organisation.
struct CommitteeOverview {
    Q_DECLARE_TR_FUNCTIONS(CommitteeOverview)

public:
    /// The numbers a cell can be ranked by within its cell type.
    enum class Measure { Members, Meetings, Attendance, MeetingScore };
    /// A place among the cells of one type: 1 is the highest; equal values share a place; 0 of n when
    /// the cell has no value.
    struct Rank {
        int place = 0;
        int of = 0;
        bool operator==(const Rank&) const = default;
    };

    QUuid rootId; ///< the committee whose cells are compared (or a lone cell)
    int year = 0;
    QDate end; ///< the last day counted: the year's end, or the "as of" day in the current year
    const Criteria* cellModel = nullptr;      ///< null when no committee file counts its cells by one
    QStringList sections;                     ///< the cell model's criteria: "1", "2", "3", "4"
    const Criteria* classification = nullptr; ///< the organisation classification rules of the year
    MeetingQualityForms meetingQuality;       ///< what the meeting score adds up
    QList<CommitteeOverviewRow> rows;         ///< one per cell, in tree order

    /// Builds the overview of the cells at or below `snapshot.requestedOrgId`: one run of the cell model,
    /// the classification rules and the points file. `decisions` are the year's.
    static Result<CommitteeOverview> build(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                           int year, QDate asOf,
                                           const QList<ClassificationDecision>& decisions);
    /// The committee an overview around `orgId` compares: `orgId` when it is a committee, else the
    /// nearest committee above the cell (the commune above its grassroots cells, the grassroots committee
    /// above its subordinate cells); a cell with nothing above it stands alone.
    static QUuid rootFor(const QList<Organisation>& organisations, const QUuid& orgId);
    /// Loads the records of the committee around `orgId` (rootFor) and its decisions, then builds.
    static Result<CommitteeOverview> load(const Workspace& workspace, const CriteriaSet& criteria,
                                          const QUuid& orgId, int year, QDate asOf);
    /// Each row's rank by `measure` among the rows of its cell type (same order as `rows`).
    static QList<Rank> ranks(const QList<CommitteeOverviewRow>& rows, Measure measure);
    /// The value a measure ranks: missing when the row has none.
    static ScoreValue valueOf(const CommitteeOverviewRow& row, Measure measure);

private:
    void appendRows(const QList<const Organisation*>& cells, const Dataset& dataset, const ScoreRun& run,
                    const QList<ClassificationDecision>& decisions);
};

} // namespace chibo
