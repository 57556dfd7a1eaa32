// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// `org.admissions` and `org.admission_rate`: members admitted in the period against the admission
/// targets.
class OrgAdmissionMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
