// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/AssignmentBuilder.h"

#include "demo/DemoContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

enum FollowUpKind { Households, Cell, Candidate };

QString householdTask(DemoRandom& random)
{
    return random.line(
        {u"Theo dõi, vận động các hộ thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
         u"Vận động các hộ tham gia bảo hiểm y tế, giữ gìn vệ sinh môi trường",
         u"Giúp đỡ hộ nghèo, hộ cận nghèo phát triển sản xuất, chăm sóc cà phê",
         u"Nắm tình hình an ninh trật tự, hòa giải mâu thuẫn trong nhóm hộ",
         u"Tuyên truyền phòng, chống ma túy và tệ nạn xã hội trong thanh niên"});
}

QString followUpNote(DemoRandom& random, int kind)
{
    if (kind == Cell)
        return random.line({u"Dự sinh hoạt chi bộ, góp ý nâng cao chất lượng nghị quyết tháng.",
                            u"Chi bộ duy trì sinh hoạt đều đặn, tài liệu gửi trước trên Sổ tay đảng viên.",
                            u"Đề nghị chi bộ quan tâm công tác phát triển đảng viên trong thanh niên."});
    if (kind == Candidate)
        return random.line({u"Quần chúng đã hoàn thành lớp bồi dưỡng nhận thức về Đảng.",
                            u"Đã hướng dẫn quần chúng kê khai lý lịch người xin vào Đảng.",
                            u"Quần chúng tích cực tham gia công tác Đoàn và phong trào ở địa phương."});
    return random.line({u"Các hộ được phân công đều tham gia bảo hiểm y tế.",
                        u"Vận động được 2 hộ cải tạo cà phê già cỗi, trồng xen sầu riêng.",
                        u"Một vụ mâu thuẫn ranh giới rẫy trong nhóm hộ đã được hòa giải thành.",
                        u"Các hộ chấp hành tốt pháp luật, không có người vi phạm.",
                        u"Hỗ trợ 1 hộ nghèo làm hồ sơ vay vốn Ngân hàng Chính sách xã hội.",
                        u"Nhóm hộ hoàn thành đóng góp làm đường bê tông liên buôn."});
}

QString areaName(const QString& cellKey, int group)
{
    if (cellKey == u"thon-1")
        return u"Tổ dân cư số %1, thôn 1"_s.arg(group);
    return u"Cụm dân cư số %1, %2"_s.arg(group).arg(cellKey == u"ea-kring" ? u"buôn Ea Kring"_s
                                                                           : u"buôn Ea Sin"_s);
}

} // namespace

AssignmentBuilder::AssignmentBuilder(const DemoContext& context)
    : m_context(context)
{}

QList<Assignment> AssignmentBuilder::build() const
{
    QList<Assignment> list;
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        if (unit.isCell() && unit.type == CellType::Residential)
            list.append(households(unit, unit.key == u"ea-kring" ? 100 : 40));
    }
    list.append(followers());
    list.append(mentors());
    return list;
}

QList<Assignment> AssignmentBuilder::households(const OrgLayout::Unit& unit, int percent) const
{
    QList<Assignment> list;
    const QUuid orgId = m_context.orgId(unit.key);
    for (const qsizetype index : m_context.membersOf(orgId)) {
        const Member& member = m_context.data().members.at(index);
        const QString key = u"assignment/"_s + m_context.slotOf(member.id).key() + u"/households"_s;
        DemoRandom random = m_context.random(key);
        const auto period = std::find_if(member.memberships.begin(), member.memberships.end(),
                                         [&](const CellMembership& m) { return m.orgId == orgId; });
        const QDate from = std::max(QDate(2025, 1, 10), period->from.addDays(20));
        const MemberState state = m_context.timeline(member.id)->stateOn(from);
        if (from > m_context.asOf() || !state.isMember() || state.exempt ||
            (period->to.isValid() && period->to < from))
            continue;
        if (!random.chance(percent))
            continue;
        Assignment a;
        a.id = m_context.ids().of(key);
        a.memberId = member.id;
        a.orgId = orgId;
        a.task = householdTask(random);
        a.area = areaName(unit.key, random.between(1, unit.key == u"thon-1" ? 6 : 4));
        a.households = random.between(5, 12);
        a.from = from;
        a.to = period->to;
        a.followUps = followUps(random, from, a.to, Households);
        list.append(a);
    }
    return list;
}

QList<Assignment> AssignmentBuilder::followers() const
{
    QList<Assignment> list;
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        const DemoScript::Seat* seat = unit.isCell() ? DemoScript::followerOf(unit.key) : nullptr;
        const Member* member = seat ? m_context.member(seat->slot) : nullptr;
        if (!member)
            continue;
        const QString key = u"assignment/"_s + seat->slot.key() + u"/follows/"_s + unit.key;
        DemoRandom random = m_context.random(key);
        Assignment a;
        a.id = m_context.ids().of(key);
        a.memberId = member->id;
        a.orgId = m_context.orgId(seat->org);
        a.task = u"Theo dõi, chỉ đạo và dự sinh hoạt định kỳ với "_s + unit.name;
        a.area = unit.name;
        a.from = QDate(2025, 1, 2);
        a.followUps = followUps(random, a.from, {}, Cell);
        list.append(a);
    }
    return list;
}

QList<Assignment> AssignmentBuilder::mentors() const
{
    QList<Assignment> list;
    for (const DemoScript::Admission& admission : DemoScript::admissions()) {
        const Member* candidate = m_context.member(admission.slot);
        const Member* mentor = m_context.member(DemoScript::Slot{admission.slot.cell, 2});
        if (!candidate || !mentor)
            continue;
        const QString key = u"assignment/"_s + admission.slot.key() + u"/mentor"_s;
        DemoRandom random = m_context.random(key);
        Assignment a;
        a.id = m_context.ids().of(key);
        a.memberId = mentor->id;
        a.orgId = m_context.orgId(admission.slot.cell);
        a.task = u"Giúp đỡ quần chúng "_s + candidate->fullName + u" phấn đấu vào Đảng"_s;
        a.from = admission.ceremony.addMonths(-9);
        a.to = admission.ceremony.addDays(-1);
        a.followUps = followUps(random, a.from, a.to, Candidate);
        list.append(a);
    }
    return list;
}

QList<FollowUp> AssignmentBuilder::followUps(DemoRandom& random, QDate from, QDate to, int kind) const
{
    const QDate last = to.isValid() ? std::min(to, m_context.asOf()) : m_context.asOf();
    QList<FollowUp> notes;
    for (QDate day = from.addMonths(3); day <= last; day = day.addMonths(3))
        notes.append({day, followUpNote(random, kind)});
    return notes;
}

} // namespace chibo
