// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CaseRecords.h"

#include "demo/DemoContext.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

using Slot = DemoScript::Slot;

struct LeavePlan {
    Slot slot;
    LeaveKind kind;
    QDate from;
    QDate to;
    QString note;
};

struct ViolationPlan {
    Slot slot;
    ViolationKind kind;
    QDate date;
    QString note;
};

struct DisciplinePlan {
    Slot slot;
    DisciplineForm form;
    QDate date;
    QString issuer;
    QString decision;
    QString violation;
    bool selfDiscovered;
    bool remedied;
};

const QList<LeavePlan>& leavePlans()
{
    static const QList<LeavePlan> list{
        {{u"thcs"_s, 8},
         LeaveKind::Sick,
         {2025, 2, 3},
         {2025, 5, 23},
         u"Phẫu thuật, điều trị thoát vị đĩa đệm tại Bệnh viện Đa khoa tỉnh Đắk Lắk; có giấy ra viện và giấy "
         u"nghỉ ốm."_s},
        {{u"ea-sin"_s, 16},
         LeaveKind::Sick,
         {2025, 8, 4},
         {2025, 10, 3},
         u"Điều trị bệnh dài ngày tại Bệnh viện Đa khoa vùng Tây Nguyên."_s},
        {{u"tram-y-te"_s, 5},
         LeaveKind::Maternity,
         {2025, 10, 1},
         {2026, 3, 31},
         u"Nghỉ chế độ thai sản khi sinh con thứ hai."_s},
        {{u"quan-su"_s, 4},
         LeaveKind::Sick,
         {2026, 4, 6},
         {2026, 4, 24},
         u"Điều trị gãy tay do tai nạn trong huấn luyện dân quân."_s},
        {{u"thcs"_s, 9},
         LeaveKind::Maternity,
         {2026, 8, 17},
         {2027, 2, 16},
         u"Nghỉ chế độ thai sản khi sinh con thứ nhất."_s},
    };
    return list;
}

const QList<ViolationPlan>& violationPlans()
{
    static const QList<ViolationPlan> list{
        {{u"ea-sin"_s, 12},
         ViolationKind::Other,
         {2025, 4, 28},
         u"Lấn chiếm khoảng 0,3 ha đất rừng phòng hộ để trồng cà phê."_s},
        {{u"thon-1"_s, 10},
         ViolationKind::TrafficLaw,
         {2025, 6, 12},
         u"Điều khiển xe mô tô khi trong hơi thở có nồng độ cồn; bị Công an xã xử phạt vi phạm hành chính "
         u"2.000.000 đồng."_s},
        {{u"ea-sin"_s, 9},
         ViolationKind::TrafficLaw,
         {2026, 2, 9},
         u"Không đội mũ bảo hiểm khi điều khiển xe mô tô trên tỉnh lộ; bị xử phạt 400.000 đồng."_s},
        {{u"ea-kring"_s, 9},
         ViolationKind::SocialEvils,
         {2026, 2, 20},
         u"Tham gia đánh bạc dưới hình thức đánh bài ăn tiền dịp Tết Nguyên đán; bị Công an xã xử phạt vi "
         u"phạm "
         u"hành chính."_s},
        {{u"thcs"_s, 11},
         ViolationKind::Other,
         {2026, 5, 10},
         u"Tổ chức dạy thêm có thu tiền đối với học sinh lớp mình chủ nhiệm, trái quy định."_s},
    };
    return list;
}

const QList<DisciplinePlan>& disciplinePlans()
{
    static const QList<DisciplinePlan> list{
        {{u"thon-1"_s, 10},
         DisciplineForm::Reprimand,
         {2025, 7, 15},
         u"Chi bộ thôn 1"_s,
         u"Số 02-QĐ/CB"_s,
         u"Vi phạm Luật Trật tự, an toàn giao thông đường bộ: điều khiển xe mô tô sau khi uống rượu; đảng "
         u"viên tự "
         u"báo cáo với chi bộ và đã nộp phạt đầy đủ."_s,
         true,
         true},
        {{u"ea-sin"_s, 12},
         DisciplineForm::Warning,
         {2025, 8, 20},
         u"Ủy ban Kiểm tra Đảng ủy xã Ea Sin"_s,
         u"Số 12-QĐ/UBKT"_s,
         u"Vi phạm quy định về quản lý, sử dụng đất đai: lấn chiếm đất rừng phòng hộ; đã tự nguyện trả lại "
         u"diện "
         u"tích lấn chiếm."_s,
         false,
         true},
        {{u"ea-kring"_s, 9},
         DisciplineForm::Reprimand,
         {2026, 3, 12},
         u"Chi bộ buôn Ea Kring"_s,
         u"Số 01-QĐ/CB"_s,
         u"Vi phạm những điều đảng viên không được làm: tham gia đánh bạc dịp Tết Nguyên đán Bính Ngọ 2026."_s,
         false,
         true},
        {{u"thcs"_s, 11},
         DisciplineForm::Reprimand,
         {2026, 6, 18},
         u"Chi bộ Trường THCS Ea Sin"_s,
         u"Số 03-QĐ/CB"_s,
         u"Vi phạm quy định về dạy thêm, học thêm."_s,
         false,
         false},
    };
    return list;
}

} // namespace

CaseRecords::CaseRecords(const DemoContext& context)
    : m_context(context)
{}

QList<Leave> CaseRecords::leaves() const
{
    QList<Leave> list;
    for (const LeavePlan& plan : leavePlans()) {
        const Member* member = m_context.member(plan.slot);
        if (!member || plan.from > m_context.asOf())
            continue;
        const QString key = u"leave/"_s + plan.slot.key() + u'/' + plan.from.toString(Qt::ISODate);
        list.append({m_context.ids().of(key), member->id, plan.kind, plan.from, plan.to, plan.note});
    }
    return list;
}

QList<Violation> CaseRecords::violations() const
{
    QList<Violation> list;
    for (const ViolationPlan& plan : violationPlans()) {
        const Member* member = m_context.member(plan.slot);
        if (!member || plan.date > m_context.asOf())
            continue;
        const QString key = u"violation/"_s + plan.slot.key() + u'/' + plan.date.toString(Qt::ISODate);
        list.append({m_context.ids().of(key), member->id, plan.date, plan.kind, plan.note});
    }
    return list;
}

QList<Discipline> CaseRecords::disciplines() const
{
    QList<Discipline> list;
    for (const DisciplinePlan& plan : disciplinePlans()) {
        const Member* member = m_context.member(plan.slot);
        if (!member || plan.date > m_context.asOf())
            continue;
        Discipline discipline;
        discipline.id =
            m_context.ids().of(u"discipline/"_s + plan.slot.key() + u'/' + plan.date.toString(Qt::ISODate));
        discipline.subject = DisciplineSubject::Member;
        discipline.memberId = member->id;
        discipline.form = plan.form;
        discipline.decisionDate = plan.date;
        discipline.issuer = plan.issuer;
        discipline.decision = plan.decision;
        discipline.violation = plan.violation;
        discipline.selfDiscovered = plan.selfDiscovered;
        discipline.remedied = plan.remedied;
        list.append(discipline);
    }
    return list;
}

} // namespace chibo
