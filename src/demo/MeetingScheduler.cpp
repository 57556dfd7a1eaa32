// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MeetingScheduler.h"

#include "demo/DemoContext.h"
#include "demo/DemoDates.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

struct Extraordinary {
    QString cell;
    QDate date;
    QString purpose;
};

const QList<Extraordinary>& extraordinaryMeetings()
{
    static const QList<Extraordinary> list{
        {u"ea-kring"_s,
         {2025, 3, 20},
         u"Triển khai các biện pháp cấp bách phòng, chống hạn cho cây cà phê mùa khô năm 2025"_s},
        {u"cong-an"_s,
         {2025, 7, 3},
         u"Triển khai nhiệm vụ bảo đảm an ninh, trật tự khi vận hành chính quyền địa phương hai cấp"_s},
        {u"ea-sin"_s,
         {2025, 8, 24},
         u"Thông báo quyết định kỷ luật và kiểm điểm trách nhiệm của chi bộ đối với đảng viên vi phạm"_s},
        {u"thon-1"_s,
         {2025, 9, 14},
         u"Xem xét, biểu quyết đề nghị xóa tên đảng viên bỏ sinh hoạt đảng và không đóng đảng phí 3 tháng "
         u"liên "
         u"tục"_s},
        {u"vp-dang-uy"_s,
         {2026, 1, 20},
         u"Triển khai công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ "
         u"2026–2031"_s},
    };
    return list;
}

} // namespace

MeetingScheduler::MeetingScheduler(const DemoContext& context)
    : m_context(context)
{}

QTime MeetingScheduler::startTime(const OrgLayout::Unit& unit)
{
    return unit.type == CellType::Residential ? QTime(19, 30) : QTime(14, 0);
}

QList<MeetingScheduler::Plan> MeetingScheduler::plan(const OrgLayout::Unit& unit) const
{
    QList<Plan> plans;
    DemoRandom random = m_context.random(u"schedule/"_s + unit.key);
    const YearMonth first = YearMonth::of(DemoContext::periodStart());
    const YearMonth last = m_context.lastMonth();
    int thematicMonth = 0;
    for (YearMonth month = first; month <= last; month = month.addMonths(1)) {
        if ((month.month - 1) % 3 == 0) // each quarter: the thematic meeting in its 2nd or 3rd month
            thematicMonth = month.month + random.between(1, 2);
        addMonth(plans, unit, month, thematicMonth, random);
    }
    for (const Extraordinary& meeting : extraordinaryMeetings()) {
        if (meeting.cell == unit.key && meeting.date <= m_context.asOf())
            plans.append(
                {u"meeting/"_s + unit.key + u"/extraordinary/"_s + meeting.date.toString(Qt::ISODate),
                 meeting.date, MeetingKind::Extraordinary, meeting.purpose});
    }
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan& a, const Plan& b) { return a.date < b.date; });
    return plans;
}

void MeetingScheduler::addMonth(QList<Plan>& plans, const OrgLayout::Unit& unit, YearMonth month,
                                int thematicMonth, DemoRandom& random) const
{
    const QDate day = regularDay(unit, month, random);
    const bool thematic = month.month == thematicMonth;
    // Agencies, schools and units sometimes hold the thematic meeting on its own, a week later.
    const bool separate = thematic && unit.type != CellType::Residential && random.chance(30);
    const QString base = u"meeting/"_s + unit.key + u'/' + month.toString() + u'/';
    if (day > m_context.asOf())
        return;
    if (!thematic || separate)
        plans.append({base + u"regular"_s, day, MeetingKind::Regular, {}});
    else
        plans.append({base + u"combined"_s, day, MeetingKind::Combined, {}});
    if (separate && day.addDays(7) <= m_context.asOf())
        plans.append({base + u"thematic"_s, day.addDays(7), MeetingKind::Thematic, {}});
}

QDate MeetingScheduler::regularDay(const OrgLayout::Unit& unit, YearMonth month, DemoRandom& random)
{
    const bool weekend = unit.type == CellType::Residential;
    QList<QDate> days;
    for (int d = 5; d <= (weekend ? 11 : 10); ++d) {
        const QDate day(month.year, month.month, d);
        if ((day.dayOfWeek() >= 6) == weekend)
            days.append(day);
    }
    return days.isEmpty() ? DemoDates::nextDay(month.firstDay().addDays(4), weekend) : random.pick(days);
}

} // namespace chibo
