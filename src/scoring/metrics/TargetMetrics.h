// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/metrics/TargetTally.h"

namespace chibo {

class MetricArgs;
class MetricData;
class MetricTable;
struct SubjectRef;

/// The target metrics of both families, `member.targets*` (targets a member owns) and `org.targets*`
/// (an organisation's own targets): one implementation, two ways of choosing the targets.
class TargetMetrics {
public:
    static void registerInto(MetricTable& table);
    /// The organisation's targets due in the subject's period.
    static TargetTally ofOrganisation(const MetricData& data, const MetricArgs& args,
                                      const SubjectRef& subject);
};

} // namespace chibo
