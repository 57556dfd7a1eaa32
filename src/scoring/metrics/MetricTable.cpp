// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MetricTable.h"

#include "scoring/metrics/MeetingMetrics.h"
#include "scoring/metrics/MemberMetrics.h"
#include "scoring/metrics/MemberRecordMetrics.h"
#include "scoring/metrics/OrgAdmissionMetrics.h"
#include "scoring/metrics/OrgMeetingMetrics.h"
#include "scoring/metrics/OrgMemberMetrics.h"
#include "scoring/metrics/TargetMetrics.h"

namespace chibo {

const MetricTable& MetricTable::all()
{
    static const MetricTable table = [] {
        MetricTable built;
        MeetingMetrics::registerInto(built);
        OrgMeetingMetrics::registerInto(built);
        OrgAdmissionMetrics::registerInto(built);
        TargetMetrics::registerInto(built);
        OrgMemberMetrics::registerInto(built);
        MemberMetrics::registerInto(built);
        MemberRecordMetrics::registerInto(built);
        return built;
    }();
    return table;
}

} // namespace chibo
