// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

/// The counts under an attendance grid, over the members expected at the meeting.
struct AttendanceSummary {
    int expected = 0;
    int attended = 0; ///< present, late or left early
    int late = 0;
    int excused = 0;    ///< absent with a reason
    int unexcused = 0;  ///< absent without a reason
    int unrecorded = 0; ///< expected members without an attendance row

    bool operator==(const AttendanceSummary&) const = default;
};

} // namespace chibo
