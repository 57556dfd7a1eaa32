// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleRecords.h"

#include "demo/DemoDates.h"
#include "demo/ScaleContext.h"
#include "demo/TargetBuilder.h"

#include <QHash>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

const QDate AsOf = ScaleOptions::periodEnd().addMonths(1); ///< the day the province is seen from

} // namespace

ScaleRecords::ScaleRecords(ScaleContext& context)
    : m_context(context)
{}

void ScaleRecords::build()
{
    for (const ScaleCell& cell : std::as_const(m_context.cells())) {
        for (int year = m_context.options().firstYear(); year <= ScaleOptions::LastYear; ++year)
            addYearlyTargets(cell, year);
    }
    addMeetingTargets();
    addDues();
    addDiscipline();
}

void ScaleRecords::addYearlyTargets(const ScaleCell& cell, int year)
{
    const QString base = u"target/"_s + cell.key + u'/' + QString::number(year) + u'/';
    DemoRandom random = m_context.random(base);
    const YearMonth due(year, 12);
    int admitted = 0;
    for (const qsizetype index : cell.members)
        admitted += m_context.data().members.at(index).ceremonyDate.year() == year ? 1 : 0;
    QList<Target> plan;
    if (cell.size >= 12) {
        Target admissions;
        admissions.kind = TargetKind::Admission;
        admissions.title = u"Kết nạp đảng viên mới năm "_s + QString::number(year);
        admissions.unit = u"đảng viên"_s;
        admissions.planned = cell.size >= 40 ? 2 : 1;
        admissions.actual = admitted;
        plan.append(admissions);
        Target candidates;
        candidates.kind = TargetKind::AwarenessClass;
        candidates.title = u"Giới thiệu quần chúng ưu tú học lớp nhận thức về Đảng"_s;
        candidates.unit = u"quần chúng"_s;
        candidates.planned = admissions.planned + 1;
        candidates.actual = candidates.planned - (random.chance(20) ? 1 : 0);
        plan.append(candidates);
    }
    plan.append(task(random, cell.type));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        Target& t = plan[i];
        t.id = m_context.ids().of(base + QString::number(i));
        t.orgId = cell.orgId;
        t.planYear = year;
        t.dueMonth = due;
        t.status = TargetBuilder::statusFor(t.planned, t.actual, due, AsOf);
        m_context.data().targets.append(std::move(t));
    }
}

void ScaleRecords::addMeetingTargets()
{
    QHash<QUuid, CellType> types;
    for (const ScaleCell& cell : std::as_const(m_context.cells()))
        types.insert(cell.orgId, cell.type);
    for (const Meeting& meeting : std::as_const(m_context.data().meetings)) {
        const QString key = u"target/meeting/"_s + meeting.id.toString(QUuid::WithoutBraces);
        DemoRandom random = m_context.random(key);
        if (meeting.kind == MeetingKind::Thematic || !random.chance(30) || meeting.attendance.isEmpty())
            continue;
        const YearMonth start = YearMonth::of(meeting.date);
        const YearMonth due = start.addMonths(random.between(1, 3));
        Target t = task(random, types.value(meeting.orgId));
        t.id = m_context.ids().of(key);
        t.orgId = meeting.orgId;
        t.meetingId = meeting.id;
        const Attendance& owner = meeting.attendance.at(random.below(meeting.attendance.size()));
        t.ownerMemberId = owner.memberId;
        t.dueMonth = due;
        t.status = TargetBuilder::statusFor(t.planned, t.actual, due, AsOf);
        m_context.data().targets.append(std::move(t));
    }
}

Target ScaleRecords::task(DemoRandom& random, CellType type)
{
    const QList<TargetBuilder::TaskPlan> plans = TargetBuilder::monthlyTasks(type);
    const TargetBuilder::TaskPlan& plan = random.pick(plans);
    Target t;
    t.kind = TargetKind::Task;
    t.unit = plan.unit;
    t.planned = qint64(random.between(plan.low / plan.step, plan.high / plan.step)) * plan.step;
    t.title = plan.title.contains(u"%1"_s) ? plan.title.arg(t.planned) : plan.title;
    const bool percent = plan.unit == u"%";
    const int reached = random.chance(5) ? random.between(60, 95) : random.between(100, 120);
    t.actual = percent ? std::min<qint64>(100, t.planned * reached / 100) : t.planned * reached / 100;
    return t;
}

void ScaleRecords::addDues()
{
    const QList<Member>& members = m_context.data().members;
    QList<DuesRecord>& dues = m_context.data().dues;
    const YearMonth first = YearMonth::of(m_context.options().periodStart());
    const YearMonth last = YearMonth::of(ScaleOptions::periodEnd());
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member& member = members.at(i);
        const MemberTimeline& timeline = m_context.timeline(i);
        DemoRandom random = m_context.random(u"dues/"_s + member.id.toString());
        const int age = DemoDates::age(member.birthDate, m_context.options().periodStart());
        const qint64 amount = member.worksInPoliticalSystem ? qint64(random.between(55, 117)) * 1000
                              : age >= 60                   ? qint64(random.between(6, 9)) * 5000
                                                            : 30000;
        const int unpaidPercent = random.chance(5) ? 10 : 1;
        for (YearMonth month = first; month <= last; month = month.addMonths(1)) {
            const bool unpaid = random.chance(unpaidPercent); // drawn every month, so streams stay aligned
            const MemberState state = timeline.stateOn(month.lastDay());
            if (!state.isMember() || timeline.attendingCellOn(month.lastDay()).isNull())
                continue;
            if (state.exempt)
                dues.append({member.id, month, DuesState::Exempt, 0});
            else
                dues.append({member.id, month, unpaid ? DuesState::Unpaid : DuesState::Paid, amount});
        }
    }
}

void ScaleRecords::addDiscipline()
{
    const QList<Member>& members = m_context.data().members;
    for (const ScaleCell& cell : std::as_const(m_context.cells())) {
        for (const qsizetype index : cell.members) {
            const Member& member = members.at(index);
            DemoRandom random = m_context.random(u"violation/"_s + member.id.toString());
            const bool violates = random.chance(1) && random.chance(40); // four in a thousand
            const QDate day = DemoDates::between(random, m_context.options().periodStart(),
                                                 {ScaleOptions::LastYear, 10, 31});
            if (!violates || !m_context.timeline(index).stateOn(day).isMember())
                continue;
            const bool traffic = random.chance(60);
            m_context.data().violations.append(
                {m_context.ids().of(u"violation/"_s + member.id.toString()), member.id, day,
                 traffic ? ViolationKind::TrafficLaw : ViolationKind::SocialEvils,
                 traffic ? u"Điều khiển xe mô tô sau khi uống rượu, bị xử phạt hành chính."_s
                         : u"Tham gia đánh bạc dưới hình thức đánh bài ăn tiền, bị xử phạt hành chính."_s});
            if (!random.chance(50))
                continue;
            Discipline discipline;
            discipline.id = m_context.ids().of(u"discipline/"_s + member.id.toString());
            discipline.memberId = member.id;
            discipline.form = random.chance(80) ? DisciplineForm::Reprimand : DisciplineForm::Warning;
            discipline.decisionDate = day.addDays(random.between(20, 50));
            if (!m_context.timeline(index).stateOn(discipline.decisionDate).isMember())
                continue; // left the Party (or died) before a decision could be made
            discipline.issuer = u"Ủy ban Kiểm tra "_s + cell.upperName;
            discipline.decision = DemoDates::decisionNumber(random, discipline.decisionDate);
            discipline.violation = m_context.data().violations.last().note;
            m_context.data().disciplines.append(discipline);
        }
    }
}

} // namespace chibo
