// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleRatings.h"

#include "demo/RatingValues.h"
#include "demo/ScaleContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

using namespace RatingValues;

ScaleRatings::ScaleRatings(ScaleContext& context)
    : m_context(context)
{
    for (const ScaleCell& cell : std::as_const(context.cells())) {
        if (!cell.members.isEmpty())
            m_secretaries.insert(cell.orgId, context.data().members.at(cell.members.first()).fullName +
                                                 u" — Bí thư chi bộ"_s);
    }
}

void ScaleRatings::build()
{
    for (int year = m_context.options().firstYear(); year <= ScaleOptions::LastYear; ++year) {
        for (const ScaleCell& cell : std::as_const(m_context.cells())) {
            addMembers(cell, year);
            addCell(cell, year);
        }
        addCommittees(year);
    }
    addMeetings();
}

bool ScaleRatings::isRated(qsizetype memberIndex, const ScaleCell& cell, QDate yearEnd) const
{
    const MemberTimeline& timeline = m_context.timeline(memberIndex);
    const MemberState state = timeline.stateOn(yearEnd);
    const QDate admitted = timeline.admittedOn();
    return state.isMember() && !state.exempt && !state.suspended && !state.temporarilyAway &&
           admitted.isValid() && admitted.addMonths(6) <= yearEnd &&
           timeline.attendingCellOn(yearEnd) == cell.orgId;
}

void ScaleRatings::addMembers(const ScaleCell& cell, int year)
{
    const QDate yearEnd(year, 12, 31);
    const QString by = m_secretaries.value(cell.orgId);
    for (const qsizetype index : cell.members) {
        if (!isRated(index, cell, yearEnd))
            continue;
        const QUuid id = m_context.data().members.at(index).id;
        DemoRandom random = m_context.random(u"rating/"_s + id.toString() + u'/' + QString::number(year));
        if (year >= 2025)
            addMember366(id, year, by, random);
        else
            addMember124(id, year, by, random);
    }
}

void ScaleRatings::addMember366(const QUuid& memberId, int year, const QString& by, DemoRandom& random)
{
    const int roll = random.between(0, 99);
    const int total = roll < 1    ? random.between(38, 48)
                      : roll < 10 ? random.between(90, 97)
                      : roll < 16 ? random.between(52, 69)
                                  : random.between(70, 89);
    const QDate on(year, 12, random.between(15, 26));
    int general = std::clamp((total * 30 + 50) / 100 + random.between(-1, 1), 0, 30);
    const int tasks = std::min(total - general, 70);
    general = total - tasks;
    const QString period = QString::number(year);
    add(MemberQd366, u"diem-tieu-chi-chung"_s, memberId, period, QString::number(general), SelfAssessed, by,
        on);
    add(MemberQd366, u"diem-ket-qua-nhiem-vu"_s, memberId, period, QString::number(tasks), SelfAssessed, by,
        on);
    const bool remedied = total >= 70 || (total >= 50 && random.chance(50));
    add(MemberQd366, u"khac-phuc-han-che"_s, memberId, period, yesNo(remedied),
        remedied ? u"Đã khắc phục các hạn chế nêu ở kỳ kiểm điểm năm trước"_s
                 : u"Chưa khắc phục hạn chế về tham gia sinh hoạt chi bộ"_s,
        by, on);
    for (const QString& indicator : {u"chap-hanh-chu-truong"_s, u"giu-gin-pham-chat"_s, u"tu-phe-binh"_s,
                                     u"hoc-tap-ren-luyen"_s, u"gan-bo-nhan-dan"_s}) {
        const bool good = total >= 70 ? !random.chance(4) : random.chance(50);
        add(u"dang-vien-5-tot"_s, indicator, memberId, period, yesNo(good),
            good ? SelfAssessed : u"Chi bộ chưa thống nhất, cần cố gắng hơn"_s, by, on);
    }
}

void ScaleRatings::addMember124(const QUuid& memberId, int year, const QString& by, DemoRandom& random)
{
    const QDate on(year, 12, random.between(10, 20));
    const int usual = random.between(0, 99);
    for (const QString& indicator : {u"chinh-tri-tu-tuong"_s, u"dao-duc-loi-song"_s, u"tac-phong-le-loi"_s,
                                     u"y-thuc-to-chuc-ky-luat"_s, u"ket-qua-nhiem-vu"_s}) {
        const int roll = random.chance(85) ? usual : random.between(0, 99);
        add(MemberQd124, indicator, memberId, QString::number(year), grade(roll),
            u"Tự kiểm điểm, chi bộ thống nhất"_s, by, on);
    }
}

void ScaleRatings::addCell(const ScaleCell& cell, int year)
{
    DemoRandom random = m_context.random(u"rating/"_s + cell.key + u'/' + QString::number(year));
    const QString period = QString::number(year);
    const QString by = u"Ban Thường vụ "_s + cell.upperName;
    if (year < 2025) {
        const QDate on(year, 12, 27);
        const int usual = random.between(0, 89);
        for (const QString& indicator : {u"tieu-chi-chung"_s, u"ket-qua-nhiem-vu"_s})
            add(OrgQd124, indicator, cell.orgId, period,
                grade(random.chance(80) ? usual : random.between(0, 89)),
                u"Tự đánh giá, cấp ủy cấp trên thẩm định"_s, by, on);
        return;
    }
    const QDate on(year, 12, 28);
    const int total = random.chance(3) ? random.between(45, 69) : random.between(72, 93);
    const int general = std::clamp((total * 30 + 50) / 100, 0, 30);
    const QString note = u"Tự đánh giá, cấp ủy cấp trên thẩm định"_s;
    add(OrgQd366, u"diem-tieu-chi-chung"_s, cell.orgId, period, QString::number(general), note, by, on);
    add(OrgQd366, u"diem-ket-qua-nhiem-vu"_s, cell.orgId, period, QString::number(total - general), note, by,
        on);
    add(OrgQd366, u"khac-phuc-han-che"_s, cell.orgId, period, yesNo(random.chance(90)), note, by, on);
    const int roll = random.between(0, 99);
    const QString lead = roll < 55 ? u"tot"_s : roll < 85 ? u"kha"_s : roll < 97 ? u"trung_binh"_s : u"kem"_s;
    add(u"chi-bo-bon-tot"_s, u"lanh-dao-nhiem-vu-chinh-tri"_s, cell.orgId, period, lead,
        u"Cấp ủy cấp trên đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị"_s, by, on);
    const bool united = random.chance(95);
    add(u"chi-bo-bon-tot"_s, u"doan-ket-noi-bo"_s, cell.orgId, period, yesNo(united),
        united ? u"Nội bộ đoàn kết, không có đơn thư"_s : u"Có biểu hiện mất đoàn kết, đã được nhắc nhở"_s,
        by, on);
}

void ScaleRatings::addCommittees(int year)
{
    const QString period = QString::number(year);
    for (const Organisation& org : std::as_const(m_context.data().organisations)) {
        if (org.kind != OrgKind::GrassrootsCommittee)
            continue;
        DemoRandom random = m_context.random(u"rating/"_s + org.id.toString() + u'/' + period);
        const QString by = u"Ban Thường vụ Đảng ủy cấp trên"_s;
        const QString note = u"Tự đánh giá, cấp ủy cấp trên thẩm định"_s;
        if (year < 2025) {
            for (const QString& indicator : {u"tieu-chi-chung"_s, u"ket-qua-nhiem-vu"_s})
                add(OrgQd124, indicator, org.id, period, grade(random.between(0, 89)), note, by,
                    {year, 12, 27});
            continue;
        }
        const int total = random.between(74, 93);
        const int general = std::clamp((total * 30 + 50) / 100, 0, 30);
        add(OrgQd366, u"diem-tieu-chi-chung"_s, org.id, period, QString::number(general), note, by,
            {year, 12, 28});
        add(OrgQd366, u"diem-ket-qua-nhiem-vu"_s, org.id, period, QString::number(total - general), note, by,
            {year, 12, 28});
        add(OrgQd366, u"khac-phuc-han-che"_s, org.id, period, yesNo(random.chance(90)), note, by,
            {year, 12, 28});
    }
}

void ScaleRatings::addMeetings()
{
    for (const Meeting& meeting : std::as_const(m_context.data().meetings)) {
        DemoRandom random = m_context.random(u"rating/"_s + meeting.id.toString());
        const QString criteria = meetingQualityCriteria(meeting.date);
        const QString by = m_secretaries.value(meeting.orgId);
        const QDate on = meeting.date.addDays(random.between(1, 5));
        for (const Judgement& judgement : meetingQuality(random))
            add(criteria, judgement.indicator, meeting.id, {}, judgement.value, judgement.note, by, on);
    }
}

void ScaleRatings::add(const QString& criteria, const QString& indicator, const QUuid& subject,
                       const QString& period, const QString& value, const QString& note, const QString& by,
                       QDate on)
{
    const QString key = u"rating/"_s + criteria + u'/' + indicator + u'/' +
                        subject.toString(QUuid::WithoutBraces) + u'/' + period;
    m_context.data().ratings.append({m_context.ids().of(key), criteria, indicator, subject, period, value,
                                     note, by.isEmpty() ? u"Ban Thường vụ cấp ủy cấp trên"_s : by, on});
}

} // namespace chibo
