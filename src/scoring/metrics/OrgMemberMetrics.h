// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// The `org.*` metrics about the members at or below an organisation and its subordinates:
/// membership, disciplines, violations, inactivity, dues and commendations.
class OrgMemberMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
