// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

namespace chibo {

struct ScoringSnapshot;
class Workspace;

/// A cell's meeting-quality self-assessment, live while a meeting is edited. The records are read once
/// (the cell's scoring snapshot) and only what a meeting's metrics read is kept: the organisations, the
/// members ever registered in the cell, the cell's meetings, targets and meeting ratings. Each evaluation
/// substitutes the meeting and ratings being edited, saved or not, and runs the scoring engine on that
/// small set — a cost proportional to the cell, not to the grassroots organisation.
///
/// Edits saved elsewhere reach the assessment through setMeeting / removeMeeting / setRatings /
/// setTargets, so it never reads the database again while the editor is open.
class MeetingAssessment {
    Q_DECLARE_TR_FUNCTIONS(MeetingAssessment)

public:
    /// The meeting-quality files for a meeting of `cell` on `date`: subject "meeting", in force on that
    /// date, and whose applies_to admits the cell (Applicability::admits: kind, cell type, locality). Rules
    /// in force come before examples; then the more specific (a locality, then cell types named), the newer
    /// (valid_from), and by id.
    static QList<const Criteria*> applicableFiles(const CriteriaSet& criteria, const Organisation& cell,
                                                  QDate date);
    /// The file a meeting of `cell` on `date` is assessed by: the first applicable file that is not an
    /// example (HD 12 until 27/10/2025, HD 42 from 28/10/2025 with the shipped files); nullptr if none.
    static const Criteria* fileFor(const CriteriaSet& criteria, const Organisation& cell, QDate date);

    /// Reads the cell's scoring snapshot (a fixed number of queries) and keeps the cell's part.
    static Result<MeetingAssessment> open(const Workspace& workspace, const QUuid& cellId);
    /// The same from a snapshot already in memory.
    static Result<MeetingAssessment> of(const ScoringSnapshot& snapshot, const QUuid& cellId);

    const Organisation& cell() const { return m_cell; }
    /// The cell's records as the assessment holds them.
    const Dataset& records() const { return m_records; }

    /// A meeting of the cell as saved: replaces the one with its id, or adds it.
    void setMeeting(const Meeting& meeting);
    void removeMeeting(const QUuid& meetingId);
    /// The ratings entered for `meetingId`, replacing those held for it.
    void setRatings(const QUuid& meetingId, const QList<Rating>& ratings);
    /// The cell's targets, replacing those held.
    void setTargets(QList<Target> targets);

    /// The card of `meeting` as edited, with `ratings` as every value entered for it (they replace
    /// those held for the meeting), under `file`, or fileFor() the meeting's date when null. A draft is
    /// judged as if it had been held that day — the preview of what it will score; the assessment's own
    /// records are not changed. Errors: the meeting is not of this cell or has no date, no file applies,
    /// or the file excludes the meeting (a card "not rated" is a result, not an error).
    Result<ScoreCard> evaluate(const CriteriaSet& criteria, const Meeting& meeting,
                               const QList<Rating>& ratings, const Criteria* file = nullptr) const;
    /// The cards of the cell's held meetings dated in `year`, each by fileFor() its date, by meeting id;
    /// meetings no file applies to have none. One engine run.
    Result<QHash<QUuid, ScoreCard>> evaluateYear(const CriteriaSet& criteria, int year) const;

private:
    MeetingAssessment(Organisation cell, Dataset records);

    Organisation m_cell;
    Dataset m_records;
};

} // namespace chibo
