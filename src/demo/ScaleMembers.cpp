// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleMembers.h"

#include "core/EnumCodes.h"
#include "core/MemberTimeline.h"
#include "demo/DemoDates.h"
#include "demo/NamePool.h"
#include "demo/PersonalDetails.h"
#include "demo/ScaleContext.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

/// The demo cell whose occupations suit a cell of `type` (PersonalDetails draws them by cell).
QString occupationKey(CellType type)
{
    switch (type) {
    case CellType::Residential:
    case CellType::Enterprise:
    case CellType::Other: return u"thon-1"_s;
    case CellType::School: return u"thcs"_s;
    case CellType::Hospital: return u"tram-y-te"_s;
    case CellType::ArmedForces: return u"cong-an"_s;
    case CellType::Agency: break;
    }
    return u"vp-dang-uy"_s;
}

void closeMembership(Member& member, QDate lastDay)
{
    for (CellMembership& period : member.memberships) {
        if (!period.to.isValid())
            period.to = std::max(lastDay, period.from);
    }
}

} // namespace

ScaleMembers::ScaleMembers(ScaleContext& context)
    : m_context(context)
{}

void ScaleMembers::build()
{
    QList<Member>& members = m_context.data().members;
    members.reserve(m_context.options().members);
    for (ScaleCell& cell : m_context.cells()) {
        for (int slot = 0; slot < cell.size; ++slot) {
            cell.members.append(members.size());
            members.append(make(cell, slot));
        }
    }
}

Member ScaleMembers::make(const ScaleCell& cell, int slot)
{
    const QString key = u"m/"_s + cell.key + u'/' + QString::number(slot);
    DemoRandom random = m_context.random(key);
    const bool postHolder = slot < seatsOf(cell.size);
    const Age age = drawAge(cell, postHolder, random);
    Member member;
    member.id = m_context.ids().of(key);
    member.sex = random.chance(cell.type == CellType::ArmedForces ? 10 : 42) ? Sex::Female : Sex::Male;
    const int ethnicRoll = random.between(0, 99);
    member.ethnicity = cell.type == CellType::Residential && ethnicRoll < 18 ? u"Ê Đê"_s
                       : ethnicRoll >= 92 ? (random.chance(50) ? u"Tày"_s : u"Nùng"_s)
                                          : u"Kinh"_s;
    const NamePool::Name name = member.ethnicity == u"Ê Đê"   ? NamePool::ede(random, member.sex)
                                : member.ethnicity == u"Kinh" ? NamePool::kinh(random, member.sex)
                                                              : NamePool::tayNung(random, member.sex);
    member.fullName = name.fullName;
    member.givenName = name.givenName;
    const bool newcomer = !postHolder && random.chance(3);
    member.birthDate =
        newcomer ? DemoDates::between(random, {1994, 1, 1}, {2003, 12, 31}) : birthDate(age, random);
    admit(member, cell, key, newcomer, postHolder, random);
    PersonalDetails::fill(member, random, {});
    member.citizenId = unique(member.citizenId, m_citizenIds);
    if (!member.partyCardNumber.isEmpty())
        member.partyCardNumber = unique(member.partyCardNumber, m_cards);
    member.worksInPoliticalSystem = cell.type != CellType::Residential && cell.type != CellType::Enterprise;
    const int years = DemoDates::age(member.birthDate, m_context.options().periodStart());
    member.note = PersonalDetails::occupation(random, occupationKey(cell.type), slot == 1 ? 2 : slot, years,
                                              member.sex);
    if (postHolder)
        addPost(member, cell, key, slot);
    else if (!newcomer)
        addStory(member, key, age, random);
    addLeave(member, key, age, random);
    return member;
}

int ScaleMembers::seatsOf(int size)
{
    return size >= 30 ? 5 : size >= 12 ? 3 : size >= 5 ? 2 : 1;
}

ScaleMembers::Age ScaleMembers::drawAge(const ScaleCell& cell, bool postHolder, DemoRandom& random)
{
    const int roll = random.between(0, 99);
    if (postHolder)
        return roll < 70 ? Age::Adult : Age::Senior;
    if (cell.type == CellType::Residential)
        return roll < 15 ? Age::Young : roll < 55 ? Age::Adult : roll < 93 ? Age::Senior : Age::Elder;
    return roll < 35 ? Age::Young : Age::Adult;
}

QDate ScaleMembers::birthDate(Age age, DemoRandom& random)
{
    switch (age) {
    case Age::Young: return DemoDates::between(random, {1991, 1, 1}, {2002, 12, 31});
    case Age::Senior: return DemoDates::between(random, {1951, 1, 1}, {1965, 12, 31});
    case Age::Elder: return DemoDates::between(random, {1938, 1, 1}, {1950, 12, 31});
    case Age::Adult: break;
    }
    return DemoDates::between(random, {1966, 1, 1}, {1990, 12, 31});
}

void ScaleMembers::admit(Member& member, const ScaleCell& cell, const QString& key, bool newcomer,
                         bool postHolder, DemoRandom& random) const
{
    const QDate start = m_context.options().periodStart();
    QDate ceremony;
    if (newcomer) {
        ceremony = dayInPeriod(random, 30);
    } else {
        const QDate latest =
            std::min(member.birthDate.addYears(postHolder ? 30 : 38), start.addYears(postHolder ? -6 : -1));
        ceremony = DemoDates::between(random, std::min(member.birthDate.addYears(20), latest), latest);
    }
    member.ceremonyDate = ceremony;
    member.admissionDecisionDate = ceremony.addDays(-random.between(7, 25));
    addEvent(member, key, StatusEventKind::Admitted, ceremony,
             newcomer ? u"Kết nạp tại "_s + cell.name + u'.' : QString(), random);
    const QDate official = MemberTimeline::probationEnd(ceremony);
    if (official <= ScaleOptions::periodEnd()) {
        member.officialDate = official;
        addEvent(member, key, StatusEventKind::Recognised, official, {}, random);
    }
    const QDate from = std::max(ceremony, cell.established);
    member.memberships.append(
        {m_context.ids().of(key + u"/cell"_s), cell.orgId, from, {}, CellMembership::Kind::Official});
}

void ScaleMembers::addPost(Member& member, const ScaleCell& cell, const QString& key, int slot) const
{
    const Position position = slot == 0   ? Position::Secretary
                              : slot == 1 ? Position::DeputySecretary
                                          : Position::CommitteeMember;
    const QDate from =
        std::max(member.memberships.first().from, m_context.options().periodStart().addYears(-3));
    member.positions.append({m_context.ids().of(key + u"/post"_s), cell.orgId, position, from, {}});
}

void ScaleMembers::addStory(Member& member, const QString& key, Age age, DemoRandom& random) const
{
    const int roll = random.between(0, 999);
    const bool old = age == Age::Senior || age == Age::Elder;
    const QDate day = dayInPeriod(random, 60);
    if (roll < 25 && old) {
        addEvent(member, key, StatusEventKind::ExemptionStarted,
                 DemoDates::between(random, day.addYears(-3), day),
                 u"Tuổi cao, sức khỏe yếu, được miễn công tác và sinh hoạt đảng."_s, random);
    } else if (roll < 31 && old) {
        addEvent(member, key, StatusEventKind::Deceased, day, u"Từ trần do bệnh nặng."_s, random);
        closeMembership(member, day);
    } else if (roll >= 40 && roll < 55) {
        addEvent(member, key, StatusEventKind::TransferredOutOfficial, day,
                 u"Chuyển sinh hoạt đảng chính thức theo nơi công tác mới."_s, random);
        closeMembership(member, day.addDays(-1));
    } else if (roll >= 55 && roll < 70) {
        addEvent(member, key, StatusEventKind::TransferredInOfficial, day,
                 u"Chuyển sinh hoạt đảng chính thức từ tỉnh khác đến."_s, random);
        member.memberships.first().from = std::max(member.memberships.first().from, day);
    } else if (roll >= 70 && roll < 78 && day.addMonths(6) <= ScaleOptions::periodEnd()) {
        addEvent(member, key, StatusEventKind::TransferredOutTemporary, day,
                 u"Đi làm ăn xa, chuyển sinh hoạt đảng tạm thời."_s, random);
        addEvent(member, key, StatusEventKind::ReturnedFromTemporary, day.addMonths(6),
                 u"Trở về địa phương, tiếp tục sinh hoạt tại chi bộ."_s, random);
    } else if (roll >= 78 && roll < 81 && day.addMonths(3) <= ScaleOptions::periodEnd()) {
        addEvent(member, key, StatusEventKind::Suspended, day,
                 u"Đình chỉ sinh hoạt đảng trong thời gian kiểm tra."_s, random);
        addEvent(member, key, StatusEventKind::SuspensionLifted, day.addMonths(3), {}, random);
    } else if (roll >= 81 && roll < 84) {
        addEvent(member, key, StatusEventKind::Removed, day,
                 u"Bỏ sinh hoạt đảng và không đóng đảng phí ba tháng liên tục."_s, random);
        closeMembership(member, day);
    }
}

void ScaleMembers::addEvent(Member& member, const QString& key, StatusEventKind kind, QDate date,
                            const QString& note, DemoRandom& random) const
{
    const QUuid id =
        m_context.ids().of(key + u"/event/"_s + codeOf(kind) + u'/' + date.toString(Qt::ISODate));
    const bool decided = kind != StatusEventKind::ReturnedFromTemporary;
    member.statusEvents.append(
        {id, date, kind,
         decided ? DemoDates::decisionNumber(random, date.addDays(-random.between(3, 20))) : QString(),
         note});
    std::stable_sort(member.statusEvents.begin(), member.statusEvents.end(),
                     [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
}

void ScaleMembers::addLeave(const Member& member, const QString& key, Age age, DemoRandom& random)
{
    const bool young = age == Age::Young || age == Age::Adult;
    const bool maternity = member.sex == Sex::Female && young && random.chance(2);
    if (!maternity && !random.chance(1))
        return;
    const QDate from = dayInPeriod(random, 90);
    const QDate to = from.addMonths(maternity ? 6 : random.between(1, 3)).addDays(-1);
    m_context.data().leaves.append({m_context.ids().of(key + u"/leave"_s), member.id,
                                    maternity ? LeaveKind::Maternity : LeaveKind::Sick, from, to,
                                    maternity ? u"Nghỉ chế độ thai sản theo quy định."_s
                                              : u"Nghỉ ốm điều trị dài ngày, có giấy của cơ sở y tế."_s});
}

QDate ScaleMembers::dayInPeriod(DemoRandom& random, int marginDays) const
{
    return DemoDates::between(random, m_context.options().periodStart(),
                              ScaleOptions::periodEnd().addDays(-marginDays));
}

QString ScaleMembers::unique(QString number, QSet<QString>& used)
{
    while (used.contains(number)) { // count up the trailing digits, keeping their width
        qsizetype digit = number.size() - 1;
        while (digit >= 0 && number.at(digit) == u'9') {
            number[digit] = u'0';
            --digit;
        }
        if (digit < 0 || !number.at(digit).isDigit())
            break;
        number[digit] = QChar(number.at(digit).unicode() + 1);
    }
    used.insert(number);
    return number;
}

} // namespace chibo
