// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/ScoreCard.h"
#include "services/MeetingQualityForms.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

namespace chibo {

/// What a cell's meetings of one month (or a year, summed) add up to: the regular meetings held, the
/// attendance over every meeting held, and how the meeting-quality forms rated them (MeetingQualityForms).
/// Exact: shares are Rationals; only the display rounds.
struct ScorecardTally {
    int regularMeetings = 0; ///< regular or combined meetings held (one is due every month)
    qint64 attended = 0;     ///< attendance records present, late or left early
    qint64 expected = 0;     ///< attendance records in all
    int scoredMeetings = 0;
    Rational points;        ///< the scored meetings' totals
    Rational maxPoints;     ///< the scored meetings' maximum totals
    int criteriaJudged = 0; ///< criteria of the forms without points judged over the meetings
    int criteriaMet = 0;    ///< of those, met

    /// attended / expected, missing when nobody was expected.
    ScoreValue attendanceRate() const;
    /// points / maxPoints over the scored meetings; else criteria met / judged; missing when the forms
    /// judged nothing.
    ScoreValue meetingScore() const;
    ScorecardTally& operator+=(const ScorecardTally& other);

    /// Twelve tallies (January first) for each cell with meetings held in `year` up to `end`, in one pass
    /// over the meetings (a meeting counts when held, minutes approved or locked).
    static QHash<QUuid, QList<ScorecardTally>> ofMeetings(const Dataset& dataset, int year, QDate end);
    /// Adds the points (or the criteria met) of the rated meeting cards of `forms` in `run` to the months of
    /// their cells.
    static void addMeetingScores(QHash<QUuid, QList<ScorecardTally>>& tallies, const ScoreRun& run,
                                 const MeetingQualityForms& forms, int year);
    /// The sum of a cell's months (empty tallies when the cell has none).
    static ScorecardTally yearOf(const QHash<QUuid, QList<ScorecardTally>>& tallies, const QUuid& cellId);
};

} // namespace chibo
