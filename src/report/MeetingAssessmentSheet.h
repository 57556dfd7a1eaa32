// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MeetingReportData.h"
#include "report/OfficialDocument.h"

#include <QCoreApplication>

namespace chibo {

/// The monthly meeting-quality assessment sheet: every criterion of the form the meeting is assessed by,
/// with its value, result and points, the total and the band — or, where the rules leave the band to the
/// committee, that it awaits the committee's decision.
class MeetingAssessmentSheet {
    Q_DECLARE_TR_FUNCTIONS(MeetingAssessmentSheet)

public:
    static OfficialDocument build(const MeetingReportData& data, const CriteriaSet& criteria, int number);
};

} // namespace chibo
