// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/AttendanceBuilder.h"

#include "demo/DemoContext.h"

namespace chibo {

using namespace Qt::StringLiterals;

AttendanceBuilder::AttendanceBuilder(const DemoContext& context)
    : m_context(context)
{
    for (const Leave& leave : context.data().leaves)
        m_leaves[leave.memberId].append(leave);
    for (const Organisation& org : context.data().organisations)
        m_cellTypes.insert(org.id, org.cellType);
}

QList<qsizetype> AttendanceBuilder::expected(const QUuid& orgId, QDate day) const
{
    QList<qsizetype> result;
    for (const qsizetype index : m_context.membersOf(orgId)) {
        const Member& member = m_context.data().members.at(index);
        if (m_context.timeline(member.id)->isExpectedAt(orgId, day))
            result.append(index);
    }
    return result;
}

const Leave* AttendanceBuilder::leaveOn(const QUuid& memberId, QDate day) const
{
    const auto it = m_leaves.constFind(memberId);
    if (it == m_leaves.constEnd())
        return nullptr;
    for (const Leave& leave : *it) {
        if (leave.from <= day && day <= leave.to)
            return &leave;
    }
    return nullptr;
}

bool AttendanceBuilder::mustBeAbsent(const Member& member, QDate day) const
{
    const DemoScript::Story& removal = DemoScript::story(DemoScript::Story::Kind::Removed);
    const bool quit = member.id == m_context.memberId(removal.slot) && day >= QDate(2025, 6, 1);
    return quit || leaveOn(member.id, day) != nullptr;
}

QList<Attendance> AttendanceBuilder::build(const Meeting& meeting, const QList<qsizetype>& expected,
                                           DemoRandom& random) const
{
    const CellType type = m_cellTypes.value(meeting.orgId, CellType::Other);
    QList<Attendance> roll;
    roll.reserve(expected.size());
    for (const qsizetype index : expected)
        roll.append(decide(m_context.data().members.at(index), meeting, type, random));
    return roll;
}

Attendance AttendanceBuilder::decide(const Member& member, const Meeting& meeting, CellType type,
                                     DemoRandom& random) const
{
    const int roll = random.between(0, 999); // drawn for everyone, so one change shifts nobody else
    if (const Leave* leave = leaveOn(member.id, meeting.date)) {
        const bool maternity = leave->kind == LeaveKind::Maternity;
        return {member.id, AttendanceStatus::AbsentExcused,
                maternity ? AbsenceReason::Maternity : AbsenceReason::Sick,
                maternity ? u"Đang nghỉ chế độ thai sản."_s : u"Đang nghỉ ốm điều trị dài ngày."_s};
    }
    const DemoScript::Story& removal = DemoScript::story(DemoScript::Story::Kind::Removed);
    if (member.id == m_context.memberId(removal.slot) && meeting.date >= QDate(2025, 6, 1))
        return {member.id, AttendanceStatus::AbsentUnexcused, AbsenceReason::None,
                u"Vắng không lý do; chi ủy đã liên hệ qua điện thoại nhưng đồng chí không trả lời."_s};
    if (member.id == meeting.chairId || member.id == meeting.minuteTakerId || roll < 880)
        return {member.id, AttendanceStatus::Present, AbsenceReason::None, {}};
    const bool residential = type == CellType::Residential;
    if (roll < 910)
        return {member.id, AttendanceStatus::Late, AbsenceReason::None,
                residential
                    ? random.line({u"Đến muộn 15 phút do đi rẫy về muộn.", u"Đến muộn, đã báo trước."})
                    : random.line({u"Đến muộn do giải quyết công việc đột xuất.", u"Đến muộn 10 phút."})};
    if (roll < 930)
        return {member.id, AttendanceStatus::LeftEarly, AbsenceReason::None,
                random.line({u"Xin về sớm do con nhỏ bị ốm.", u"Xin về trước để trực ca.",
                             u"Xin về sớm, đã báo cáo đồng chí chủ trì."})};
    if (roll < 997)
        return excused(random, member.id, type);
    return {member.id, AttendanceStatus::AbsentUnexcused, AbsenceReason::None,
            u"Vắng không báo cáo lý do."_s};
}

Attendance AttendanceBuilder::excused(DemoRandom& random, const QUuid& memberId, CellType type)
{
    const int roll = random.between(0, 99);
    const auto absent = [&](AbsenceReason reason, const QString& note) {
        return Attendance{memberId, AttendanceStatus::AbsentExcused, reason, note};
    };
    if (roll < 35) {
        if (type == CellType::Residential)
            return absent(AbsenceReason::Work, random.line({u"Đi làm thuê thu hái cà phê ở xã bên.",
                                                            u"Đi chở hàng nông sản lên Buôn Ma Thuột."}));
        if (type == CellType::ArmedForces)
            return absent(AbsenceReason::Work,
                          random.line({u"Làm nhiệm vụ tuần tra, bảo đảm an ninh trật tự.",
                                       u"Trực sẵn sàng chiến đấu theo lịch."}));
        return absent(AbsenceReason::Work,
                      random.line({u"Đi công tác tại tỉnh.", u"Tham gia lớp bồi dưỡng của tỉnh.",
                                   u"Trực cơ quan theo phân công."}));
    }
    if (roll < 60)
        return absent(AbsenceReason::Sick,
                      random.line({u"Bị sốt, đang điều trị tại nhà.", u"Ốm, đã báo cáo đồng chí Bí thư.",
                                   u"Đi khám bệnh tại Bệnh viện Đa khoa vùng Tây Nguyên."}));
    if (roll < 80)
        return absent(
            AbsenceReason::Family,
            random.line({u"Gia đình có việc hiếu.", u"Con ốm phải đưa đi viện.", u"Lo đám cưới cho con."}));
    if (roll < 95)
        return absent(AbsenceReason::Travel,
                      random.line({u"Về quê thăm mẹ ốm.", u"Đi thăm người thân ở Thành phố Hồ Chí Minh."}));
    return absent(AbsenceReason::Other, u"Mưa lớn, đường từ rẫy về bị ngập."_s);
}

} // namespace chibo
