// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MemberFactory.h"

#include "core/EnumCodes.h"
#include "core/MemberTimeline.h"
#include "demo/DemoContext.h"
#include "demo/DemoDates.h"
#include "demo/NamePool.h"
#include "demo/PersonalDetails.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;
using AgeGroup = DemoScript::AgeGroup;

MemberFactory::MemberFactory(DemoContext& context)
    : m_context(context)
{
    for (const DemoScript::Casting& casting : DemoScript::castings()) {
        if (!casting.name.isEmpty())
            m_context.claimName(casting.name);
    }
}

Member MemberFactory::build(const OrgLayout::Unit& unit, int slot)
{
    const DemoScript::Slot where{unit.key, slot};
    const QString key = DemoContext::memberKey(where);
    DemoRandom random = m_context.random(key);
    const Profile profile = profileFor(unit, slot, random);

    Member member;
    member.id = m_context.ids().of(key);
    member.sex = profile.sex;
    member.ethnicity = profile.ethnicity;
    assignName(member, profile, random);
    member.birthDate = birthDate(profile, random);
    member.ceremonyDate =
        profile.ceremony.isValid() ? profile.ceremony : ceremonyDate(profile, member.birthDate, random);
    admit(member, unit, key, random);
    fillDetails(member, unit, slot, random);
    m_context.setSlot(member.id, where);
    return member;
}

MemberFactory::Profile MemberFactory::profileFor(const OrgLayout::Unit& unit, int slot,
                                                 DemoRandom& random) const
{
    Profile profile;
    const bool residential = unit.type == CellType::Residential;
    const int ageRoll = random.between(0, 99);
    if (residential)
        profile.age = ageRoll < 15   ? AgeGroup::Young
                      : ageRoll < 58 ? AgeGroup::Adult
                      : ageRoll < 94 ? AgeGroup::Senior
                                     : AgeGroup::Elder;
    else
        profile.age = ageRoll < 35 ? AgeGroup::Young : AgeGroup::Adult;
    profile.veteran = DemoScript::holdsPost(unit.key, unit.committeeSeats, slot);
    if (profile.veteran && profile.age != AgeGroup::Senior)
        profile.age = AgeGroup::Adult;
    profile.sex = random.chance(unit.femalePercent) ? Sex::Female : Sex::Male;
    const int ethnicRoll = random.between(0, 99);
    profile.ethnicity = ethnicRoll < unit.edePercent ? u"Ê Đê"_s
                        : random.chance(8)           ? (random.chance(50) ? u"Tày"_s : u"Nùng"_s)
                                                     : u"Kinh"_s;
    const DemoScript::Slot where{unit.key, slot};
    for (const DemoScript::Casting& casting : DemoScript::castings()) {
        if (!(casting.slot == where))
            continue;
        if (casting.age != AgeGroup::Any)
            profile.age = casting.age;
        if (casting.sex >= 0)
            profile.sex = Sex(casting.sex);
        profile.forcedName = casting.name;
        if (!casting.name.isEmpty())
            profile.ethnicity = u"Kinh"_s;
    }
    for (const DemoScript::Admission& admission : DemoScript::admissions()) {
        if (admission.slot == where)
            profile.ceremony = admission.ceremony;
    }
    return profile;
}

void MemberFactory::assignName(Member& member, const Profile& profile, DemoRandom& random)
{
    if (!profile.forcedName.isEmpty()) {
        member.fullName = profile.forcedName;
        return;
    }
    for (int attempt = 0; attempt < 64; ++attempt) {
        const NamePool::Name name = profile.ethnicity == u"Ê Đê"   ? NamePool::ede(random, profile.sex)
                                    : profile.ethnicity == u"Kinh" ? NamePool::kinh(random, profile.sex)
                                                                   : NamePool::tayNung(random, profile.sex);
        member.fullName = name.fullName;
        member.givenName = name.givenName;
        if (m_context.claimName(name.fullName))
            return;
    }
}

QDate MemberFactory::birthDate(const Profile& profile, DemoRandom& random)
{
    if (profile.ceremony.isValid()) // admitted in 2024–2026: born 1994–2002, 21 to 32 at the ceremony
        return DemoDates::between(random, QDate(1994, 1, 1), QDate(2002, 12, 31));
    switch (profile.age) {
    case AgeGroup::Young: return DemoDates::between(random, {1991, 1, 1}, {2002, 12, 31});
    case AgeGroup::Senior: return DemoDates::between(random, {1951, 1, 1}, {1965, 12, 31});
    case AgeGroup::Elder: return DemoDates::between(random, {1941, 1, 1}, {1945, 12, 31});
    case AgeGroup::Any:
    case AgeGroup::Adult: break;
    }
    return DemoDates::between(random, {1966, 1, 1}, {1990, 12, 31});
}

QDate MemberFactory::ceremonyDate(const Profile& profile, QDate birth, DemoRandom& random)
{
    const int lastAge = profile.age == AgeGroup::Young    ? 28
                        : profile.age == AgeGroup::Elder  ? 32
                        : profile.age == AgeGroup::Senior ? 40
                                                          : 36;
    QDate latest = std::min(birth.addYears(lastAge), QDate(2023, 12, 31));
    if (profile.veteran)
        latest = std::min(latest, QDate(2016, 12, 31));
    const QDate earliest = std::min(birth.addYears(profile.age == AgeGroup::Young ? 19 : 21), latest);
    return DemoDates::between(random, earliest, latest);
}

void MemberFactory::admit(Member& member, const OrgLayout::Unit& unit, const QString& key,
                          DemoRandom& random) const
{
    const DemoIds& ids = m_context.ids();
    const QDate ceremony = member.ceremonyDate;
    member.admissionDecisionDate = ceremony.addDays(-random.between(7, 25));
    const auto eventId = [&](StatusEventKind kind, QDate date) {
        return ids.of(key + u"/event/"_s + codeOf(kind) + u'/' + date.toString(Qt::ISODate));
    };
    const QString note = ceremony.year() >= 2024 ? u"Kết nạp tại "_s + unit.name + u'.' : QString();
    member.statusEvents.append({eventId(StatusEventKind::Admitted, ceremony), ceremony,
                                StatusEventKind::Admitted,
                                DemoDates::decisionNumber(random, member.admissionDecisionDate), note});
    const QDate official = MemberTimeline::probationEnd(ceremony);
    if (official <= DemoContext::periodEnd()) {
        member.officialDate = official;
        member.statusEvents.append(
            {eventId(StatusEventKind::Recognised, official),
             official,
             StatusEventKind::Recognised,
             DemoDates::decisionNumber(random, official.addDays(-random.between(3, 20))),
             {}});
    }
    const QDate from = std::max(ceremony, unit.established);
    const QUuid orgId = m_context.orgId(unit.key);
    member.memberships.append({ids.of(key + u"/membership/"_s + unit.key + u'/' + from.toString(Qt::ISODate)),
                               orgId,
                               from,
                               {},
                               CellMembership::Kind::Official});
}

void MemberFactory::fillDetails(Member& member, const OrgLayout::Unit& unit, int slot,
                                DemoRandom& random) const
{
    const QString village = unit.key == u"ea-kring" ? u"buôn Ea Kring, xã Ea Sin"_s
                            : unit.key == u"ea-sin" ? u"buôn Ea Sin, xã Ea Sin"_s
                                                    : QString();
    PersonalDetails::fill(member, random, village);
    member.worksInPoliticalSystem = unit.type != CellType::Residential;
    const int age = DemoDates::age(member.birthDate, DemoContext::periodStart());
    member.note = PersonalDetails::occupation(random, unit.key, slot, age, member.sex);
    for (const DemoScript::Seat& seat : DemoScript::seats()) {
        if (seat.slot == DemoScript::Slot{unit.key, slot}) {
            member.note = seat.title;
            break;
        }
    }
}

} // namespace chibo
