// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"
#include "core/MemberState.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace chibo {

/// One line of a meeting's attendance grid: a member of the cell on the meeting's day, whether they are
/// expected, and their stored attendance row (none: not recorded yet).
struct AttendanceRow {
    QUuid memberId;
    QString fullName;
    NotExpectedReason notExpected = NotExpectedReason::None; ///< None: expected
    std::optional<Attendance> attendance;

    bool isExpected() const { return notExpected == NotExpectedReason::None; }
};

} // namespace chibo
