// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace chibo {

enum class AttendanceStatus {
    Present,
    Late,
    LeftEarly,
    AbsentExcused,   ///< vắng có lý do
    AbsentUnexcused, ///< vắng không lý do
};

enum class AbsenceReason { None, Sick, Work, Travel, Family, Maternity, Other };

/// One expected member's attendance at one meeting; identified by (meeting, member).
struct Attendance {
    QUuid memberId;
    AttendanceStatus status = AttendanceStatus::Present;
    AbsenceReason reason = AbsenceReason::None;
    QString note;

    bool attended() const { return status <= AttendanceStatus::LeftEarly; }
    bool operator==(const Attendance&) const = default;
};

} // namespace chibo
