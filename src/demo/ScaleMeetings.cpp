// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleMeetings.h"

#include "core/YearMonth.h"
#include "demo/AttendanceBuilder.h"
#include "demo/DemoDates.h"
#include "demo/MeetingLifecycle.h"
#include "demo/MeetingTexts.h"
#include "demo/MinutesWriter.h"
#include "demo/ScaleContext.h"

namespace chibo {

using namespace Qt::StringLiterals;

ScaleMeetings::ScaleMeetings(ScaleContext& context)
    : m_context(context)
{
    for (const Leave& leave : std::as_const(context.data().leaves))
        m_leaves.insert(leave.memberId, &leave);
    const QList<Member>& members = context.data().members;
    m_oftenAbsent.reserve(members.size());
    for (const Member& member : members)
        m_oftenAbsent.append(context.random(u"habit/"_s + member.id.toString()).chance(4));
}

void ScaleMeetings::build()
{
    QList<Meeting>& meetings = m_context.data().meetings;
    for (const ScaleCell& cell : std::as_const(m_context.cells())) {
        for (const Plan& plan : plan(cell))
            meetings.append(make(cell, plan));
    }
}

QList<ScaleMeetings::Plan> ScaleMeetings::plan(const ScaleCell& cell) const
{
    QList<Plan> plans;
    DemoRandom random = m_context.random(u"schedule/"_s + cell.key);
    const bool weekend = cell.type == CellType::Residential;
    int thematicMonth = 0;
    const YearMonth last = YearMonth::of(ScaleOptions::periodEnd());
    for (YearMonth month = YearMonth::of(m_context.options().periodStart()); month <= last;
         month = month.addMonths(1)) {
        if ((month.month - 1) % 3 == 0) // each quarter: the thematic meeting in its 2nd or 3rd month
            thematicMonth = month.month + random.between(1, 2);
        const QDate day = DemoDates::nextDay(month.firstDay().addDays(random.between(3, 9)), weekend);
        const bool thematic = month.month == thematicMonth;
        const bool separate = thematic && !weekend && random.chance(30);
        const QString base = u"meeting/"_s + cell.key + u'/' + month.toString() + u'/';
        plans.append({base + (thematic && !separate ? u"combined"_s : u"regular"_s), day,
                      thematic && !separate ? MeetingKind::Combined : MeetingKind::Regular});
        if (separate)
            plans.append({base + u"thematic"_s, day.addDays(7), MeetingKind::Thematic});
    }
    return plans;
}

Meeting ScaleMeetings::make(const ScaleCell& cell, const Plan& plan) const
{
    DemoRandom random = m_context.random(plan.key);
    Meeting meeting;
    meeting.id = m_context.ids().of(plan.key);
    meeting.orgId = cell.orgId;
    meeting.date = plan.date;
    meeting.kind = plan.kind;
    meeting.place = cell.place;
    meeting.start = cell.type == CellType::Residential ? QTime(19, 30) : QTime(14, 0);
    const int minutes = meeting.kind == MeetingKind::Combined ? random.between(22, 32) * 5
                        : random.chance(7)                    ? random.between(14, 17) * 5
                                                              : random.between(18, 28) * 5;
    meeting.end = meeting.start.addSecs(60 * minutes);
    const QList<qsizetype> roll = expected(cell, meeting.date);
    pickOfficers(meeting, roll);
    meeting.attendance.reserve(roll.size());
    for (const qsizetype index : roll)
        meeting.attendance.append(decide(index, meeting, cell.type, random));
    describe(meeting, cell, random);
    return meeting;
}

QList<qsizetype> ScaleMeetings::expected(const ScaleCell& cell, QDate day) const
{
    QList<qsizetype> result;
    for (const qsizetype index : cell.members) {
        if (m_context.timeline(index).isExpectedAt(cell.orgId, day))
            result.append(index);
    }
    return result;
}

void ScaleMeetings::pickOfficers(Meeting& meeting, const QList<qsizetype>& expected) const
{
    QList<QUuid> available;
    for (const qsizetype index : expected) {
        const QUuid id = m_context.data().members.at(index).id;
        if (!leaveOn(id, meeting.date))
            available.append(id);
    }
    if (available.isEmpty())
        return;
    // The cell's members come in slot order: the secretary first, then the deputy and the chi ủy.
    meeting.chairId = available.first();
    meeting.minuteTakerId = available.size() > 1 ? available.at(available.size() > 2 ? 2 : 1) : QUuid();
}

Attendance ScaleMeetings::decide(qsizetype memberIndex, const Meeting& meeting, CellType type,
                                 DemoRandom& random) const
{
    const QUuid id = m_context.data().members.at(memberIndex).id;
    const int roll = random.between(0, 999); // drawn for everyone, so one change shifts nobody else
    if (const Leave* leave = leaveOn(id, meeting.date)) {
        const bool maternity = leave->kind == LeaveKind::Maternity;
        return {id, AttendanceStatus::AbsentExcused,
                maternity ? AbsenceReason::Maternity : AbsenceReason::Sick,
                maternity ? u"Đang nghỉ chế độ thai sản."_s : u"Đang nghỉ ốm điều trị dài ngày."_s};
    }
    if (id == meeting.chairId || id == meeting.minuteTakerId)
        return {id, AttendanceStatus::Present, AbsenceReason::None, {}};
    const bool often = m_oftenAbsent.at(memberIndex);
    if (roll < (often ? 600 : 885))
        return {id, AttendanceStatus::Present, AbsenceReason::None, {}};
    if (roll < (often ? 640 : 912))
        return {id, AttendanceStatus::Late, AbsenceReason::None, u"Đến muộn, đã báo trước."_s};
    if (roll < (often ? 660 : 927))
        return {id, AttendanceStatus::LeftEarly, AbsenceReason::None,
                u"Xin về sớm, đã báo cáo đồng chí chủ trì."_s};
    if (roll < (often ? 860 : 996))
        return AttendanceBuilder::excused(random, id, type);
    return {id, AttendanceStatus::AbsentUnexcused, AbsenceReason::None, u"Vắng không báo cáo lý do."_s};
}

void ScaleMeetings::describe(Meeting& meeting, const ScaleCell& cell, DemoRandom& random) const
{
    const YearMonth month = YearMonth::of(meeting.date);
    if (meeting.isThematic())
        meeting.topic = MeetingTexts::thematicTopic(random, cell.type, false, month);
    const QStringList items =
        meeting.kind == MeetingKind::Thematic ? QStringList() : MeetingTexts::calendarItems(month);
    meeting.agenda = MeetingTexts::agenda(meeting.kind, meeting.topic, {}, items);
    meeting.documentsPostedOn = random.chance(6) ? QDate() : meeting.date.addDays(-random.between(1, 3));
    const auto nameOf = [&](const QUuid& id) {
        for (const qsizetype index : cell.members) {
            if (m_context.data().members.at(index).id == id)
                return m_context.data().members.at(index).fullName;
        }
        return QString();
    };
    MinutesWriter::Facts facts;
    facts.kind = meeting.kind;
    facts.type = cell.type;
    facts.month = month;
    facts.chair = nameOf(meeting.chairId);
    facts.minuteTaker = nameOf(meeting.minuteTakerId);
    facts.topic = meeting.topic;
    MinutesWriter::write(meeting, facts, random);
    MeetingLifecycle::write(meeting, facts.chair, ScaleOptions::periodEnd().addMonths(1), random);
    if (month == YearMonth::of(ScaleOptions::periodEnd())) // the year's last minutes are not approved yet
        MeetingLifecycle::stopAt(meeting, MeetingState::Held);
}

const Leave* ScaleMeetings::leaveOn(const QUuid& memberId, QDate day) const
{
    const Leave* leave = m_leaves.value(memberId);
    return leave && leave->from <= day && day <= leave->to ? leave : nullptr;
}

} // namespace chibo
