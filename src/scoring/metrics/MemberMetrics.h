// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

class MetricTable;

/// The `member.*` metrics about a member's standing, attendance, leave and probation over the
/// subject's period.
class MemberMetrics {
public:
    static void registerInto(MetricTable& table);
};

} // namespace chibo
