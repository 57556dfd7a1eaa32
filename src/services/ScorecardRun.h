// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "services/ScorecardTally.h"
#include "services/ScoringSnapshot.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>

namespace chibo {

class Workspace;

/// Everything the scorecard page shows for one cell and year, from one scoring run of every file that
/// applies (ScorecardRules), restricted to the cell: the cards, the names of their subjects and the
/// twelve monthly tallies the trends draw. Immovable once built (the names point into the snapshot).
class ScorecardRun {
    Q_DECLARE_TR_FUNCTIONS(ScorecardRun)

public:
    ScorecardRun(const ScorecardRun&) = delete;
    ScorecardRun& operator=(const ScorecardRun&) = delete;

    /// Reads the cell's grassroots organisation once and scores the year (as of `asOf`).
    static Result<std::unique_ptr<ScorecardRun>> load(const Workspace& workspace, const CriteriaSet& criteria,
                                                      const QUuid& cellId, int year, QDate asOf);
    /// The same over a snapshot already read; its requested organisation is the cell.
    static Result<std::unique_ptr<ScorecardRun>> of(const CriteriaSet& criteria, ScoringSnapshot snapshot,
                                                    int year, QDate asOf);

    const ScoringSnapshot& snapshot() const { return m_snapshot; }
    const Dataset& dataset() const { return m_snapshot.dataset; }
    const QUuid& cellId() const { return m_snapshot.requestedOrgId; }
    int year() const { return m_year; }
    const ScoreRun& run() const { return m_run; }
    const SubjectNames& names() const { return *m_names; }
    /// The files that apply to the cell in the year, in ScorecardRules' order.
    const QList<const Criteria*>& files() const { return m_files; }
    /// The model the cell's committee counts it by ("chi bộ bốn tốt"), when it is among the files.
    const Criteria* cellModel() const { return m_cellModel; }
    const MeetingQualityForms& meetingQuality() const { return m_meetingQuality; }
    /// The cell model's card for the cell, or nullptr.
    const ScoreCard* cellModelCard() const;

    /// The run's cards of `file` for the cell in the period, by index into run().cards: its year card,
    /// its months, or its meetings (`month` 0: the whole year), in the run's order.
    QList<int> cardsOf(const Criteria& file, int month) const;
    /// January to December: meetings, attendance and meeting points of the cell.
    const QList<ScorecardTally>& months() const { return m_months; }

private:
    ScorecardRun(ScoringSnapshot snapshot, int year);

    ScoringSnapshot m_snapshot;
    int m_year = 0;
    ScoreRun m_run;
    std::unique_ptr<SubjectNames> m_names;
    QList<const Criteria*> m_files;
    const Criteria* m_cellModel = nullptr;
    MeetingQualityForms m_meetingQuality;
    QList<ScorecardTally> m_months;
};

} // namespace chibo
