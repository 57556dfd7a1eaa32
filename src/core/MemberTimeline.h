// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Diagnostic.h"
#include "core/Member.h"
#include "core/MemberState.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace chibo {

/// Answers dated questions about one member from the histories in the record: status on a day, the
/// cell the member attends, whether the member is expected at a meeting. Pure functions; no clock.
class MemberTimeline {
    Q_DECLARE_TR_FUNCTIONS(MemberTimeline)

public:
    explicit MemberTimeline(const Member& member);

    /// Status at the end of `day` (events dated `day` have taken effect).
    MemberState stateOn(QDate day) const;
    /// The cell whose meetings the member attends on `day`: a temporary registration takes precedence
    /// over the official one. Null when not registered anywhere in this system.
    QUuid attendingCellOn(QDate day) const;
    /// The cell of the official registration on `day`, null when none.
    QUuid officialCellOn(QDate day) const;
    /// The cell attended on `day`; for someone registered nowhere that day (left, transferred out), the
    /// cell of the latest registration that began by then. What member lists show.
    QUuid cellOfRecordOn(QDate day) const;
    /// Why the member is not expected at `cellId`'s meeting on `day`; None means expected.
    NotExpectedReason expectationAt(const QUuid& cellId, QDate day) const;
    bool isExpectedAt(const QUuid& cellId, QDate day) const
    {
        return expectationAt(cellId, day) == NotExpectedReason::None;
    }
    /// Holds any position (bí thư, chi ủy viên, tổ trưởng…) on `day`; cách chức needs one.
    bool holdsPostOn(QDate day) const;
    QList<PositionTerm> positionsOn(QDate day) const;
    /// Date the member was admitted (ceremony), invalid if never.
    QDate admittedOn() const;
    /// Consistency problems in the histories (out-of-order acts, overlapping registrations…).
    Diagnostics check() const;

    /// Probation ends 12 months after the admission ceremony (Charter Art. 5).
    static QDate probationEnd(QDate ceremony) { return ceremony.addMonths(12); }

private:
    const Member& m_member;
    QList<StatusEvent> m_events; ///< sorted by date, stable for equal dates
};

} // namespace chibo
