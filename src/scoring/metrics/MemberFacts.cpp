// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MemberFacts.h"

#include "core/YearMonth.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricValueBuilder.h"

#include <QList>

namespace chibo {

int MemberFacts::monthsInactive(const MetricData& data, qsizetype member, QDate from, QDate to,
                                MetricValueBuilder* builder)
{
    // Presences are sorted by date, so each month's are contiguous.
    int months = 0;
    YearMonth month;
    bool attended = false;
    QList<const MetricData::Presence*> unexcused;
    const auto close = [&] {
        if (month.isValid() && !attended && !unexcused.isEmpty()) {
            ++months;
            for (const MetricData::Presence* p : std::as_const(unexcused)) {
                if (builder)
                    builder->attendance(p->meeting->id, data.memberAt(member).id);
            }
        }
        attended = false;
        unexcused.clear();
    };
    for (qsizetype index : data.presencesOf(member)) {
        const MetricData::Presence& presence = data.presence(index);
        if (presence.meeting->date < from || presence.meeting->date > to)
            continue;
        if (YearMonth::of(presence.meeting->date) != month) {
            close();
            month = YearMonth::of(presence.meeting->date);
        }
        attended = attended || (presence.row && presence.row->attended());
        if (presence.row && presence.row->status == AttendanceStatus::AbsentUnexcused)
            unexcused.append(&presence);
    }
    close();
    return months;
}

int MemberFacts::monthsDuesUnpaid(const MetricData& data, qsizetype member, QDate from, QDate to,
                                  MetricValueBuilder* builder)
{
    const QUuid id = data.memberAt(member).id;
    QList<YearMonth> months;
    for (const DuesRecord* dues : data.duesOf(id)) {
        if (dues->state != DuesState::Unpaid || !dues->month.isValid() || dues->month.lastDay() < from ||
            dues->month.firstDay() > to || months.contains(dues->month))
            continue;
        months.append(dues->month);
        if (builder)
            builder->dues(id, dues->month);
    }
    return int(months.size());
}

qint64 MemberFacts::workingDaysAfter(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 days = from.daysTo(to);
    qint64 working = days / 7 * 5;
    // The remaining days follow `from` one by one.
    int weekday = from.dayOfWeek();
    for (qint64 i = 0; i < days % 7; ++i) {
        weekday = weekday % 7 + 1;
        working += weekday <= 5 ? 1 : 0;
    }
    return working;
}

int MemberFacts::wholeMonths(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    while (months > 0 && from.addMonths(months) > to)
        --months;
    return months;
}

} // namespace chibo
