// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/TargetBuilder.h"

#include "demo/DemoContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

TargetBuilder::TargetBuilder(const DemoContext& context)
    : m_context(context)
{}

QList<Target> TargetBuilder::build(const QList<Meeting>& meetings) const
{
    QList<Target> list;
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        for (int year = 2025; year <= std::min(2026, m_context.asOf().year()); ++year) {
            if (unit.isCell())
                list.append(yearly(unit, year));
        }
    }
    for (const Meeting& meeting : meetings) {
        for (const OrgLayout::Unit& unit : OrgLayout::units()) {
            if (m_context.orgId(unit.key) == meeting.orgId)
                list.append(fromMeeting(meeting, unit));
        }
    }
    return list;
}

TargetStatus TargetBuilder::statusFor(qint64 planned, qint64 actual, YearMonth due, QDate asOf)
{
    if (actual > planned)
        return TargetStatus::Exceeded;
    if (actual == planned)
        return TargetStatus::Done;
    return asOf > due.lastDay() ? TargetStatus::Missed : TargetStatus::Open;
}

QList<Target> TargetBuilder::yearly(const OrgLayout::Unit& unit, int year) const
{
    const QString base = u"target/"_s + unit.key + u'/' + QString::number(year) + u'/';
    DemoRandom random = m_context.random(base);
    const QUuid orgId = m_context.orgId(unit.key);
    const YearMonth start(year, 1);
    const YearMonth due(year, 12);
    QList<Target> list;

    Target admission;
    admission.title = u"Kết nạp đảng viên mới năm "_s + QString::number(year);
    admission.kind = TargetKind::Admission;
    admission.planned = random.between(1, 2);
    admission.actual = admissionsIn(orgId, year);
    admission.unit = u"đảng viên"_s;
    list.append(admission);

    Target awareness;
    awareness.title = u"Giới thiệu quần chúng ưu tú học lớp bồi dưỡng nhận thức về Đảng"_s;
    awareness.kind = TargetKind::AwarenessClass;
    awareness.planned = random.between(2, 4);
    awareness.actual = progress(random, awareness.planned, start, due, false);
    awareness.unit = u"quần chúng"_s;
    list.append(awareness);

    for (const TaskPlan& plan : yearlyTasks(unit))
        list.append(task(random, plan, start, due));
    if (unit.key == u"thon-1" && year == 2025) {
        Target hall = task(random, {u"Xây dựng nhà văn hóa thôn 1"_s, u"công trình"_s, 1, 1, 1}, start, due);
        hall.actual = 0;
        hall.status = TargetStatus::Cancelled;
        hall.note = u"Dừng thực hiện do điều chỉnh quy hoạch sau sắp xếp đơn vị hành chính cấp xã."_s;
        list.append(hall);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        Target& t = list[i];
        t.id = m_context.ids().of(base + QString::number(i));
        t.orgId = orgId;
        t.planYear = year;
        t.dueMonth = due;
        if (t.status != TargetStatus::Cancelled)
            t.status = statusFor(t.planned, t.actual, due, m_context.asOf());
    }
    return list;
}

QList<Target> TargetBuilder::fromMeeting(const Meeting& meeting, const OrgLayout::Unit& unit) const
{
    const bool regular = meeting.kind == MeetingKind::Regular || meeting.kind == MeetingKind::Combined;
    const QString key = u"target/meeting/"_s + meeting.id.toString(QUuid::WithoutBraces);
    DemoRandom random = m_context.random(key);
    if (!regular || meeting.state == MeetingState::Draft || !random.chance(30))
        return {};
    QList<QUuid> owners;
    for (const Attendance& a : meeting.attendance) {
        if (a.attended() && a.memberId != meeting.chairId)
            owners.append(a.memberId);
    }
    if (owners.isEmpty())
        return {};
    const YearMonth start = YearMonth::of(meeting.date);
    const YearMonth due = start.addMonths(random.between(1, 3));
    Target t = task(random, random.pick(monthlyTasks(unit.type)), start, due);
    t.id = m_context.ids().of(key);
    t.orgId = meeting.orgId;
    t.meetingId = meeting.id;
    t.ownerMemberId = random.pick(owners);
    t.dueMonth = due;
    t.status = statusFor(t.planned, t.actual, due, m_context.asOf());
    return {t};
}

Target TargetBuilder::task(DemoRandom& random, const TaskPlan& plan, YearMonth start, YearMonth due) const
{
    Target t;
    t.kind = TargetKind::Task;
    t.unit = plan.unit;
    t.planned = qint64(random.between(plan.low / plan.step, plan.high / plan.step)) * plan.step;
    t.title = plan.title.contains(u"%1"_s) ? plan.title.arg(t.planned) : plan.title;
    t.actual = progress(random, t.planned, start, due, plan.unit == u"%");
    return t;
}

qint64 TargetBuilder::progress(DemoRandom& random, qint64 planned, YearMonth start, YearMonth due,
                               bool percent) const
{
    const YearMonth now = YearMonth::of(m_context.asOf());
    const bool over = m_context.asOf() > due.lastDay();
    if (percent) { // a rate: near the goal, never above 100
        const qint64 reached =
            over ? planned - random.between(0, 4) + random.between(0, 4) : planned - random.between(3, 12);
        return std::clamp<qint64>(reached, 0, 100);
    }
    if (over)
        return planned * random.between(92, 125) / 100;
    const int total = start.monthsTo(due) + 1;
    const int elapsed = std::clamp(start.monthsTo(now) + 1, 0, total);
    return std::min(planned, planned * elapsed * random.between(70, 110) / (100 * total));
}

int TargetBuilder::admissionsIn(const QUuid& orgId, int year) const
{
    int count = 0;
    for (const qsizetype index : m_context.membersOf(orgId)) {
        const Member& member = m_context.data().members.at(index);
        const QDate ceremony = member.ceremonyDate;
        if (ceremony.year() == year && m_context.timeline(member.id)->officialCellOn(ceremony) == orgId)
            ++count;
    }
    return count;
}

QList<TargetBuilder::TaskPlan> TargetBuilder::yearlyTasks(const OrgLayout::Unit& unit)
{
    switch (unit.type) {
    case CellType::Residential:
        return {{u"Vận động 100% hộ gia đình tham gia bảo hiểm y tế"_s, u"%"_s, 100, 100, 1},
                {u"Giảm %1 hộ nghèo theo chuẩn nghèo đa chiều"_s, u"hộ"_s, 2, 5, 1},
                {u"Bê tông hóa %1 m đường giao thông nông thôn"_s, u"m"_s, 300, 1200, 50},
                {u"Vận động đóng góp Quỹ Vì người nghèo"_s, u"đồng"_s, 5000000, 20000000, 500000}};
    case CellType::School:
        return {{u"Tỷ lệ học sinh lên lớp đạt 98%"_s, u"%"_s, 98, 98, 1},
                {u"Bồi dưỡng %1 học sinh giỏi cấp tỉnh"_s, u"học sinh"_s, 3, 8, 1}};
    case CellType::Hospital:
        return {{u"Tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt 95%"_s, u"%"_s, 95, 95, 1},
                {u"Quản lý, điều trị %1 bệnh nhân tăng huyết áp tại trạm"_s, u"người"_s, 80, 150, 5}};
    case CellType::ArmedForces:
        if (unit.key == u"quan-su")
            return {{u"Tuyển chọn, giao %1 thanh niên nhập ngũ"_s, u"thanh niên"_s, 8, 14, 1},
                    {u"Huấn luyện dân quân đạt yêu cầu 100%"_s, u"%"_s, 100, 100, 1}};
        return {{u"Tổ chức %1 đợt tuyên truyền pháp luật tại thôn, buôn"_s, u"đợt"_s, 10, 16, 1},
                {u"Giải quyết 100% tin báo, tố giác tội phạm"_s, u"%"_s, 100, 100, 1}};
    case CellType::Agency:
    case CellType::Enterprise:
    case CellType::Other: break;
    }
    return {{u"Xử lý văn bản đúng hạn đạt 100%"_s, u"%"_s, 100, 100, 1},
            {u"Tổ chức %1 hội nghị học tập, quán triệt nghị quyết"_s, u"hội nghị"_s, 4, 8, 1},
            {u"Kết nạp %1 đoàn viên, hội viên mới"_s, u"người"_s, 20, 60, 5}};
}

QList<TargetBuilder::TaskPlan> TargetBuilder::monthlyTasks(CellType type)
{
    switch (type) {
    case CellType::Residential:
        return {{u"Vận động %1 hộ trong nhóm được phân công tham gia bảo hiểm y tế"_s, u"hộ"_s, 3, 8, 1},
                {u"Vận động %1 thanh niên đăng ký khám tuyển nghĩa vụ quân sự"_s, u"thanh niên"_s, 2, 5, 1},
                {u"Thu Quỹ Phòng, chống thiên tai trong nhóm hộ"_s, u"đồng"_s, 2000000, 6000000, 100000},
                {u"Vận động %1 hộ ký cam kết không trồng, sử dụng chất ma túy"_s, u"hộ"_s, 10, 30, 1}};
    case CellType::School:
        return {{u"Phụ đạo %1 học sinh yếu môn Toán"_s, u"học sinh"_s, 5, 12, 1},
                {u"Số hóa %1 học bạ điện tử"_s, u"hồ sơ"_s, 100, 300, 10}};
    case CellType::Hospital:
        return {{u"Khám sàng lọc bệnh không lây nhiễm cho %1 người cao tuổi"_s, u"người"_s, 40, 120, 5},
                {u"Phun hóa chất phòng sốt xuất huyết cho %1 hộ"_s, u"hộ"_s, 50, 200, 10}};
    case CellType::ArmedForces:
        return {{u"Tổ chức %1 buổi tuần tra ban đêm"_s, u"buổi"_s, 8, 16, 1},
                {u"Rà soát %1 thanh niên trong độ tuổi sẵn sàng nhập ngũ"_s, u"thanh niên"_s, 30, 80, 5}};
    case CellType::Agency:
    case CellType::Enterprise:
    case CellType::Other: break;
    }
    return {{u"Số hóa %1 hồ sơ lưu trữ"_s, u"hồ sơ"_s, 200, 600, 50},
            {u"Hoàn thành %1 báo cáo chuyên đề tham mưu Đảng ủy"_s, u"báo cáo"_s, 2, 4, 1}};
}

} // namespace chibo
