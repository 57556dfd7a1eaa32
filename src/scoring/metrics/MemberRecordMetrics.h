// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// The `member.*` metrics about a member's records in the period: dues, disciplines, targets,
/// violations and commendations.
class MemberRecordMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
