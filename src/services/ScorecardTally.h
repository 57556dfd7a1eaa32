// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/ScoreCard.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

namespace chibo {

/// What a cell's meetings of one month (or a year, summed) add up to: the regular meetings held, the
/// attendance over every meeting held, and the points of the meetings a points-giving file scored.
/// Exact: shares are Rationals; only the display rounds.
struct ScorecardTally {
    int regularMeetings = 0; ///< regular or combined meetings held (one is due every month)
    qint64 attended = 0;     ///< attendance records present, late or left early
    qint64 expected = 0;     ///< attendance records in all
    int scoredMeetings = 0;
    Rational points;    ///< the scored meetings' totals
    Rational maxPoints; ///< the scored meetings' maximum totals

    /// attended / expected, missing when nobody was expected.
    ScoreValue attendanceRate() const;
    /// points / maxPoints over the scored meetings, missing when none was scored.
    ScoreValue meetingScore() const;
    ScorecardTally& operator+=(const ScorecardTally& other);

    /// Twelve tallies (January first) for each cell with meetings held in `year` up to `end`, in one pass
    /// over the meetings (a meeting counts when held, minutes approved or locked).
    static QHash<QUuid, QList<ScorecardTally>> ofMeetings(const Dataset& dataset, int year, QDate end);
    /// Adds the points of the rated meeting cards of `criteriaId` in `run` to the months of their cells.
    static void addMeetingScores(QHash<QUuid, QList<ScorecardTally>>& tallies, const ScoreRun& run,
                                 const QString& criteriaId, int year);
    /// The sum of a cell's months (empty tallies when the cell has none).
    static ScorecardTally yearOf(const QHash<QUuid, QList<ScorecardTally>>& tallies, const QUuid& cellId);
};

} // namespace chibo
