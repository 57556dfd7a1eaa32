// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/RatingBuilder.h"

#include "core/MemberTimeline.h"
#include "demo/DemoContext.h"
#include "demo/DemoRandom.h"
#include "demo/RatingValues.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

using namespace RatingValues;

namespace {

const QDate End2025{2025, 12, 31};
const QDate End2024{2024, 12, 31};

} // namespace

RatingBuilder::RatingBuilder(const DemoContext& context)
    : m_context(context)
{}

QList<Rating> RatingBuilder::build()
{
    m_ratings.clear();
    if (m_context.asOf() >= End2024) {
        addMembers2024();
        addOrganisations2024();
    }
    if (m_context.asOf() >= End2025) {
        addMemberPoints(ratedMembers(End2025));
        addOrganisations2025();
        addMeetings2025();
    }
    return m_ratings;
}

bool RatingBuilder::isRated(const Member& member, QDate yearEnd, QUuid* cellId)
{
    const MemberTimeline timeline(member);
    const MemberState state = timeline.stateOn(yearEnd);
    const QDate admitted = timeline.admittedOn();
    const QUuid cell = timeline.attendingCellOn(yearEnd);
    const bool rated = state.isMember() && !state.exempt && !state.suspended && !state.temporarilyAway &&
                       admitted.isValid() && admitted.addMonths(6) <= yearEnd && !cell.isNull();
    if (rated && cellId)
        *cellId = cell;
    return rated;
}

QList<RatingBuilder::Rated> RatingBuilder::ratedMembers(QDate yearEnd) const
{
    QList<Rated> rated;
    for (const Member& member : m_context.data().members) {
        QUuid cell;
        if (isRated(member, yearEnd, &cell))
            rated.append({&member, cell});
    }
    return rated;
}

QList<const OrgLayout::Unit*> RatingBuilder::ratedUnits(QDate day, bool cellsOnly) const
{
    QList<const OrgLayout::Unit*> units;
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        if (unit.kind == OrgKind::UpperCommittee || (cellsOnly && !unit.isCell()))
            continue;
        const QUuid id = m_context.orgId(unit.key);
        const auto& orgs = m_context.data().organisations;
        const bool exists = std::any_of(orgs.begin(), orgs.end(), [&](const Organisation& org) {
            return org.id == id && (!org.establishedOn.isValid() || org.establishedOn <= day);
        });
        if (exists)
            units.append(&unit);
    }
    return units;
}

QString RatingBuilder::signer(const QUuid& orgId, QDate day, const QString& title) const
{
    QString deputy;
    for (const Member& member : m_context.data().members) {
        for (const PositionTerm& term : member.positions) {
            if (term.orgId != orgId || !term.covers(day))
                continue;
            if (term.position == Position::Secretary)
                return member.fullName + u" — "_s + title;
            if (term.position == Position::DeputySecretary && deputy.isEmpty())
                deputy = member.fullName + u" — Phó "_s + title.front().toLower() + title.sliced(1);
        }
    }
    return deputy;
}

QString RatingBuilder::upperSigner(const OrgLayout::Unit& unit, QDate day) const
{
    const OrgLayout::Unit* parent = OrgLayout::find(unit.parentKey);
    if (parent && parent->kind == OrgKind::GrassrootsCommittee) {
        QString title = u"Bí thư "_s + parent->name;
        title.replace(u"Đảng bộ"_s, u"Đảng ủy"_s);
        if (const QString name = signer(m_context.orgId(parent->key), day, title); !name.isEmpty())
            return name;
    }
    const QString commune = signer(m_context.orgId(u"ea-sin-commune"_s), day, u"Bí thư Đảng ủy xã"_s);
    return commune.isEmpty() ? u"Ban Thường vụ Đảng ủy xã Ea Sin"_s : commune;
}

void RatingBuilder::add(const QString& criteria, const QString& indicator, const QUuid& subject,
                        const QString& period, const QString& value, const QString& note, const QString& by,
                        QDate on)
{
    const QString key = u"rating/"_s + criteria + u'/' + indicator + u'/' +
                        subject.toString(QUuid::WithoutBraces) + u'/' + period;
    const QDate day = std::min(on, m_context.asOf());
    const QString author = by.isEmpty() ? u"Ban Thường vụ Đảng ủy xã Ea Sin"_s : by;
    m_ratings.append(
        {m_context.ids().of(key), criteria, indicator, subject, period, value, note, author, day});
}

void RatingBuilder::addMemberPoints(const QList<Rated>& rated)
{
    DemoRandom random = m_context.random(u"ratings/points/2025"_s);
    const QUuid school = m_context.orgId(u"thcs"_s);
    const qsizetype lowest = random.below(rated.size());
    int forcedHigh = 5; // the school's cell proposes more HTXS than its quota allows
    for (qsizetype i = 0; i < rated.size(); ++i) {
        int total = 0;
        const int roll = random.between(0, 99);
        const bool forced = rated[i].cellId == school && forcedHigh > 0 && i != lowest;
        if (forced)
            --forcedHigh;
        if (i == lowest)
            total = random.between(38, 48);
        else if (forced || roll < 8)
            total = random.between(90, 97);
        else if (roll < 14)
            total = random.between(52, 69);
        else
            total = random.between(70, 89);
        addMemberPoint(rated[i], total, random);
    }
}

void RatingBuilder::addMemberPoint(const Rated& rated, int total, DemoRandom& random)
{
    const QUuid id = rated.member->id;
    const QDate on(2025, 12, random.between(15, 26));
    const QString by = signer(rated.cellId, on, u"Bí thư chi bộ"_s);
    int general = std::clamp((total * 30 + 50) / 100 + random.between(-1, 1), 0, 30);
    int tasks = total - general;
    if (tasks > 70) {
        general += tasks - 70;
        tasks = 70;
    }
    const QString year = u"2025"_s;
    add(MemberQd366, u"diem-tieu-chi-chung"_s, id, year, QString::number(general), SelfAssessed, by, on);
    add(MemberQd366, u"diem-ket-qua-nhiem-vu"_s, id, year, QString::number(tasks), SelfAssessed, by, on);
    const bool remedied = total >= 70 || (total >= 50 && random.chance(50));
    add(MemberQd366, u"khac-phuc-han-che"_s, id, year, yesNo(remedied),
        remedied ? u"Đã khắc phục các hạn chế nêu ở kỳ kiểm điểm năm trước"_s
                 : u"Chưa khắc phục hạn chế về tham gia sinh hoạt chi bộ"_s,
        by, on);
    addFiveGood(rated, total, on, by, random);
}

void RatingBuilder::addFiveGood(const Rated& rated, int total, QDate on, const QString& by,
                                DemoRandom& random)
{
    const QString criteria = u"dang-vien-5-tot"_s;
    for (const QString& indicator : {u"chap-hanh-chu-truong"_s, u"giu-gin-pham-chat"_s, u"tu-phe-binh"_s,
                                     u"hoc-tap-ren-luyen"_s, u"gan-bo-nhan-dan"_s}) {
        const bool good = total >= 70 ? !random.chance(4) : random.chance(50);
        add(criteria, indicator, rated.member->id, u"2025"_s, yesNo(good),
            good ? SelfAssessed : u"Chi bộ chưa thống nhất, cần cố gắng hơn"_s, by, on);
    }
}

void RatingBuilder::addOrganisations2025()
{
    DemoRandom random = m_context.random(u"ratings/organisations/2025"_s);
    const QDate on(2025, 12, 28);
    const QString year = u"2025"_s;
    for (const OrgLayout::Unit* unit : ratedUnits(End2025, false)) {
        const QUuid id = m_context.orgId(unit->key);
        const QString by = upperSigner(*unit, on);
        const int total = random.between(74, 93);
        const int general = std::clamp((total * 30 + 50) / 100, 0, 30);
        const QString note = u"Tự đánh giá, Đảng ủy xã thẩm định"_s;
        add(OrgQd366, u"diem-tieu-chi-chung"_s, id, year, QString::number(general), note, by, on);
        add(OrgQd366, u"diem-ket-qua-nhiem-vu"_s, id, year, QString::number(total - general), note, by, on);
        add(OrgQd366, u"khac-phuc-han-che"_s, id, year, yesNo(random.chance(90)), note, by, on);
        if (!unit->isCell())
            continue;
        const int roll = random.between(0, 99);
        const QString lead = roll < 55   ? u"tot"_s
                             : roll < 85 ? u"kha"_s
                             : roll < 97 ? u"trung_binh"_s
                                         : u"kem"_s;
        add(u"chi-bo-bon-tot"_s, u"lanh-dao-nhiem-vu-chinh-tri"_s, id, year, lead,
            u"Đảng ủy xã đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị năm 2025"_s, by, on);
        const bool united = random.chance(95);
        add(u"chi-bo-bon-tot"_s, u"doan-ket-noi-bo"_s, id, year, yesNo(united),
            united ? u"Nội bộ đoàn kết, không có đơn thư"_s
                   : u"Có biểu hiện mất đoàn kết, đã được nhắc nhở"_s,
            by, on);
    }
}

void RatingBuilder::addMeetings2025()
{
    DemoRandom random = m_context.random(u"ratings/meetings/2025"_s);
    QList<QUuid> cells;
    for (const OrgLayout::Unit* unit : ratedUnits(End2025, true))
        cells.append(m_context.orgId(unit->key));
    for (const Meeting& meeting : m_context.data().meetings) {
        if (meeting.date.year() != 2025 || meeting.state == MeetingState::Draft ||
            !cells.contains(meeting.orgId))
            continue;
        const QString criteria = meetingQualityCriteria(meeting.date);
        const QString by = signer(meeting.orgId, meeting.date, u"Bí thư chi bộ"_s);
        const QDate on = std::max(meeting.date, QDate(2025, 12, 29));
        for (const Judgement& judgement : meetingQuality(random))
            add(criteria, judgement.indicator, meeting.id, {}, judgement.value, judgement.note, by, on);
    }
}

void RatingBuilder::addMembers2024()
{
    DemoRandom random = m_context.random(u"ratings/members/2024"_s);
    for (const Rated& rated : ratedMembers(End2024)) {
        const QDate on(2024, 12, random.between(10, 20));
        const QString by = signer(rated.cellId, on, u"Bí thư chi bộ"_s);
        const int usual = random.between(0, 99);
        for (const QString& indicator :
             {u"chinh-tri-tu-tuong"_s, u"dao-duc-loi-song"_s, u"tac-phong-le-loi"_s,
              u"y-thuc-to-chuc-ky-luat"_s, u"ket-qua-nhiem-vu"_s}) {
            const int roll = random.chance(85) ? usual : random.between(0, 99);
            add(MemberQd124, indicator, rated.member->id, u"2024"_s, grade(roll),
                u"Tự kiểm điểm, chi bộ thống nhất"_s, by, on);
        }
    }
}

void RatingBuilder::addOrganisations2024()
{
    DemoRandom random = m_context.random(u"ratings/organisations/2024"_s);
    const QDate on(2024, 12, 27);
    for (const OrgLayout::Unit* unit : ratedUnits(End2024, false)) {
        const QUuid id = m_context.orgId(unit->key);
        const QString by = upperSigner(*unit, on);
        const int usual = random.between(0, 89); // organisations were not rated weak in 2024
        for (const QString& indicator : {u"tieu-chi-chung"_s, u"ket-qua-nhiem-vu"_s})
            add(OrgQd124, indicator, id, u"2024"_s, grade(random.chance(80) ? usual : random.between(0, 89)),
                u"Tự đánh giá, Đảng ủy xã thẩm định"_s, by, on);
    }
}

} // namespace chibo
