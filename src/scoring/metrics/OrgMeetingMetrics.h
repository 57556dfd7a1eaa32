// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// The `org.*` metrics about an organisation's own held meetings in the subject's period: counts,
/// months and quarters with and without a meeting, durations, attendance, documents, minutes.
class OrgMeetingMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
