// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// The `org.*` metrics about an organisation's own targets and its admissions in the period.
class OrgTargetMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
