// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricArgs;
class MetricTable;
struct Meeting;

/// The `meeting.*` metrics of docs/metrics.md, for one held meeting.
class MeetingMetrics {
public:
    static void registerInto(MetricTable& table);
    /// The minimum duration that applies (args `regular`, `combined`, `large_cell`,
    /// `large_cell_members`): the larger figure for combined sessions and for cells with at least
    /// `large_cell_members` members (0 turns that off).
    static int requiredMinutes(const Meeting& meeting, int cellMembers, const MetricArgs& args);
};

} // namespace chibo
