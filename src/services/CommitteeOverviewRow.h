// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/ScoreCard.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// One cell of a grassroots organisation over a year, as the committee overview shows it.
struct CommitteeOverviewRow {
    QUuid cellId;
    QString name;
    CellType cellType = CellType::Other;
    int members = 0;           ///< full and probationary members officially registered in the cell at the end
    int meetingsHeld = 0;      ///< regular (or combined) meetings held
    int meetingsExpected = 0;  ///< months of the period started so far in which the cell existed
    ScoreValue attendanceRate; ///< over every meeting held; missing without attendance records
    ScoreValue meetingScore;   ///< as ScorecardTally::meetingScore over the year; may be missing
    QList<Truth> sections;     ///< met / not / unknown per criterion of the cell model
    bool modelRated = false;   ///< the cell model has a card for the cell
    QString modelLevel;        ///< its level ("dat", "chua_dat"; "" undetermined)
    bool modelNeedsDecision = false;
    bool classified = false; ///< the classification rules have a card for the cell
    QString proposedLevel;
    bool proposalNeedsDecision = false;
    QString decidedLevel; ///< "" when no decision is recorded

    /// meetingsHeld / meetingsExpected, missing when nothing was expected yet.
    ScoreValue meetingShare() const;
};

} // namespace chibo
