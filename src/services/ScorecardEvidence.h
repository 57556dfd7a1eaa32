// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/ScoreCard.h"
#include "services/ScorecardEvidenceRow.h"
#include "services/ScorecardTexts.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <utility>

namespace chibo {

/// The records behind an indicator's value, as rows people read: the meetings, attendance (with each
/// member's status), targets, disciplines, leave, dues, ratings and other files' results a RecordRef
/// names. Indexes the snapshot once; each look-up is O(1).
class ScorecardEvidence {
    Q_DECLARE_TR_FUNCTIONS(ScorecardEvidence)

public:
    ScorecardEvidence(const Dataset& dataset, const ScorecardTexts& texts, const SubjectNames& names);

    /// One row per record, in the order given (results keep them sorted).
    QList<ScorecardEvidenceRow> rows(const QList<RecordRef>& records) const;
    /// The indicator's inputs as (name, value) texts: "present" → "12".
    QList<std::pair<QString, QString>> inputs(const ScoreCard& card, const IndicatorResult& item) const;
    /// An input's name for people: "attended", the metric's description, "results at Khá or better".
    QString inputLabel(const ScoreCard& card, const QString& name) const;

private:
    ScorecardEvidenceRow row(const RecordRef& record) const;
    ScorecardEvidenceRow meetingRow(const RecordRef& record) const;
    ScorecardEvidenceRow attendanceRow(const RecordRef& record) const;
    ScorecardEvidenceRow targetRow(const RecordRef& record) const;
    ScorecardEvidenceRow memberRecordRow(const RecordRef& record) const;
    ScorecardEvidenceRow resultRow(const RecordRef& record) const;
    QString meetingText(const Meeting& meeting) const;

    const ScorecardTexts& m_texts;
    const SubjectNames& m_names;
    QHash<QUuid, const Meeting*> m_meetings;
    QHash<QUuid, const Target*> m_targets;
    QHash<QUuid, const Discipline*> m_disciplines;
    QHash<QUuid, const Leave*> m_leaves;
    QHash<QUuid, const Violation*> m_violations;
    QHash<QUuid, const Commendation*> m_commendations;
    QHash<QUuid, const Rating*> m_ratings;
    QHash<QString, const DuesRecord*> m_dues; ///< by member uuid + "YYYY-MM"
};

} // namespace chibo
