// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MeetingReportData.h"
#include "report/OfficialDocument.h"

#include <QCoreApplication>

namespace chibo {

/// The minutes (biên bản) of a monthly meeting from its record: time, place, kind and topic, who chaired
/// and took the minutes, who attended and who was absent and why, the agenda, the course of the meeting,
/// the conclusion and the targets set; signed by the minute taker (left) and the chair (right). The
/// attendance sheet with a signature column follows on a page of its own.
class MeetingMinutesReport {
    Q_DECLARE_TR_FUNCTIONS(MeetingMinutesReport)

public:
    static OfficialDocument build(const MeetingReportData& data, int number);

private:
    static QList<DocumentBlock> opening(const MeetingReportData& data);
    static QList<DocumentBlock> attendance(const MeetingReportData& data);
    static QList<DocumentBlock> content(const MeetingReportData& data);
    static QList<DocumentBlock> attendanceSheet(const MeetingReportData& data);
};

} // namespace chibo
