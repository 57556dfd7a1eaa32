// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"
#include "core/CellMembership.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/MemberState.h"
#include "core/Organisation.h"
#include "core/PositionTerm.h"
#include "core/Session.h"
#include "core/StatusEvent.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

/// Translated names of the domain's enumerators, for people (the codes in EnumCodes are for files).
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(OrgKind value);
    static QString of(CellType value);
    static QString of(Sex value);
    static QString of(StatusEventKind value);
    static QString of(CellMembership::Kind value);
    static QString of(Position value);
    static QString of(MeetingKind value);
    static QString of(MeetingState value);
    static QString of(Role value);
    static QString of(AttendanceStatus value);
    static QString of(AbsenceReason value);
    static QString of(TargetKind value);
    static QString of(TargetStatus value);
    static QString of(DisciplineSubject value);
    static QString of(DisciplineForm value);
    static QString of(LeaveKind value);
    static QString of(DuesState value);
    static QString of(ViolationKind value);
    static QString of(Standing value);
    static QString of(NotExpectedReason value);
    /// "Full member", "Probationary member, exempt" … for a member's state on a day.
    static QString of(const MemberState& state);
};

} // namespace chibo
