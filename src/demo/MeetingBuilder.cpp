// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/MeetingBuilder.h"

#include "demo/DemoContext.h"
#include "demo/MeetingLifecycle.h"
#include "demo/MeetingTexts.h"
#include "demo/MinutesWriter.h"

#include <algorithm>

namespace chibo {

using namespace Qt::StringLiterals;

MeetingBuilder::MeetingBuilder(const DemoContext& context)
    : m_context(context)
    , m_attendance(context)
    , m_scheduler(context)
{}

QList<Meeting> MeetingBuilder::build() const
{
    QList<Meeting> meetings;
    QHash<QUuid, int> unitOrder;
    for (const OrgLayout::Unit& unit : OrgLayout::units()) {
        unitOrder.insert(m_context.orgId(unit.key), int(unitOrder.size()));
        if (unit.isCell())
            meetings.append(buildCell(unit));
    }
    std::stable_sort(meetings.begin(), meetings.end(), [&](const Meeting& a, const Meeting& b) {
        if (a.date != b.date)
            return a.date < b.date;
        return unitOrder.value(a.orgId) < unitOrder.value(b.orgId);
    });
    finishRecent(meetings);
    return meetings;
}

QList<Meeting> MeetingBuilder::buildCell(const OrgLayout::Unit& unit) const
{
    const QList<MeetingScheduler::Plan> plans = m_scheduler.plan(unit);
    const QHash<QString, QStringList> votes = membershipVotes(unit, plans);
    QList<Meeting> meetings;
    meetings.reserve(plans.size());
    for (const MeetingScheduler::Plan& plan : plans)
        meetings.append(make(unit, plan, votes.value(plan.key)));
    return meetings;
}

QHash<QString, QStringList> MeetingBuilder::membershipVotes(const OrgLayout::Unit& unit,
                                                            const QList<MeetingScheduler::Plan>& plans) const
{
    QHash<QString, QStringList> votes;
    const auto attach = [&](QDate before, QDate notBefore, const QString& item) {
        for (auto it = plans.crbegin(); it != plans.crend(); ++it) {
            const bool regular = it->kind == MeetingKind::Regular || it->kind == MeetingKind::Combined;
            if (regular && it->date < before && it->date >= notBefore) {
                votes[it->key].append(item);
                return;
            }
        }
    };
    const QUuid orgId = m_context.orgId(unit.key);
    for (const qsizetype index : m_context.membersOf(orgId)) {
        const Member& member = m_context.data().members.at(index);
        const MemberTimeline* timeline = m_context.timeline(member.id);
        for (const StatusEvent& event : member.statusEvents) {
            const QDate day = event.date;
            if (event.kind == StatusEventKind::Recognised &&
                timeline->officialCellOn(day.addDays(-1)) == orgId)
                attach(day, day.addDays(-45),
                       u"Xét, đề nghị công nhận đảng viên chính thức đối với đồng chí "_s + member.fullName);
            if (event.kind == StatusEventKind::Admitted && timeline->officialCellOn(day) == orgId)
                attach(day.addDays(-14), day.addDays(-75),
                       u"Xét, đề nghị kết nạp quần chúng "_s + member.fullName + u" vào Đảng"_s);
        }
    }
    return votes;
}

Meeting MeetingBuilder::make(const OrgLayout::Unit& unit, const MeetingScheduler::Plan& plan,
                             const QStringList& extras) const
{
    DemoRandom random = m_context.random(plan.key);
    Meeting meeting;
    meeting.id = m_context.ids().of(plan.key);
    meeting.orgId = m_context.orgId(unit.key);
    meeting.date = plan.date;
    meeting.kind = plan.kind;
    meeting.place = unit.place;
    setTimes(meeting, unit, random);
    const QList<qsizetype> expected = m_attendance.expected(meeting.orgId, meeting.date);
    pickOfficers(meeting, expected);
    meeting.attendance = m_attendance.build(meeting, expected, random);
    meeting.upperAttendees = upperAttendees(unit, meeting, random);
    describe(meeting, unit, plan, extras, random);
    MeetingLifecycle::write(meeting, nameOf(meeting.chairId), m_context.asOf(), random);
    return meeting;
}

void MeetingBuilder::setTimes(Meeting& meeting, const OrgLayout::Unit& unit, DemoRandom& random)
{
    int minutes = 0;
    switch (meeting.kind) {
    case MeetingKind::Regular:
        minutes = random.chance(7) ? random.between(14, 17) * 5 : random.between(18, 30) * 5;
        break;
    case MeetingKind::Combined:
        minutes = random.chance(6) ? random.between(20, 23) * 5 : random.between(24, 33) * 5;
        break;
    case MeetingKind::Thematic: minutes = random.between(18, 24) * 5; break;
    case MeetingKind::Extraordinary: minutes = random.between(12, 20) * 5; break;
    }
    meeting.start = MeetingScheduler::startTime(unit);
    meeting.end = meeting.start.addSecs(60 * minutes);
}

void MeetingBuilder::pickOfficers(Meeting& meeting, const QList<qsizetype>& expected) const
{
    QUuid secretary, deputy, committee, other;
    for (const qsizetype index : expected) {
        const Member& member = m_context.data().members.at(index);
        if (m_attendance.mustBeAbsent(member, meeting.date))
            continue;
        Position held = Position::GroupLeader; // none of the cell's committee posts
        for (const PositionTerm& term : member.positions) {
            if (term.orgId == meeting.orgId && term.covers(meeting.date))
                held = term.position;
        }
        QUuid& slot = held == Position::Secretary         ? secretary
                      : held == Position::DeputySecretary ? deputy
                      : held == Position::CommitteeMember ? committee
                                                          : other;
        if (slot.isNull())
            slot = member.id;
    }
    meeting.chairId = !secretary.isNull() ? secretary : !deputy.isNull() ? deputy : other;
    const QUuid taker = !committee.isNull() ? committee : !deputy.isNull() ? deputy : other;
    meeting.minuteTakerId = taker != meeting.chairId ? taker : other;
}

QStringList MeetingBuilder::upperAttendees(const OrgLayout::Unit& unit, const Meeting& meeting,
                                           DemoRandom& random) const
{
    const int chance = meeting.kind == MeetingKind::Extraordinary ? 100
                       : meeting.kind == MeetingKind::Combined    ? 50
                                                                  : 20;
    QList<const DemoScript::Seat*> guests;
    if (random.chance(chance))
        guests.append(DemoScript::followerOf(unit.key));
    if (meeting.kind == MeetingKind::Extraordinary && unit.kind == OrgKind::GrassrootsCell)
        guests.append(&DemoScript::seats().front());
    QStringList names;
    for (const DemoScript::Seat* seat : guests) {
        const Member* member = seat ? m_context.member(seat->slot) : nullptr;
        if (!member)
            continue;
        const QUuid seatOrg = m_context.orgId(seat->org);
        const bool holds =
            std::any_of(member->positions.begin(), member->positions.end(), [&](const PositionTerm& t) {
                return t.orgId == seatOrg && t.position == seat->position && t.covers(meeting.date);
            });
        const QString entry = member->fullName + u" — "_s + seat->title;
        if (holds && !names.contains(entry))
            names.append(entry);
    }
    return names;
}

void MeetingBuilder::describe(Meeting& meeting, const OrgLayout::Unit& unit,
                              const MeetingScheduler::Plan& plan, const QStringList& extras,
                              DemoRandom& random) const
{
    const YearMonth month = YearMonth::of(meeting.date);
    if (meeting.isThematic())
        meeting.topic = MeetingTexts::thematicTopic(random, unit.type, unit.edePercent > 50, month);
    const bool regular = meeting.kind == MeetingKind::Regular || meeting.kind == MeetingKind::Combined;
    const QStringList items = regular ? MeetingTexts::calendarItems(month) + extras : extras;
    meeting.agenda = MeetingTexts::agenda(meeting.kind, meeting.topic, plan.purpose, items);
    const int postRoll = random.between(0, 99);
    meeting.documentsPostedOn = postRoll < 5    ? QDate()
                                : postRoll < 13 ? meeting.date
                                                : meeting.date.addDays(-random.between(1, 3));
    MinutesWriter::Facts facts;
    facts.kind = meeting.kind;
    facts.type = unit.type;
    facts.month = month;
    facts.chair = nameOf(meeting.chairId);
    facts.minuteTaker = nameOf(meeting.minuteTakerId);
    facts.upperAttendees = meeting.upperAttendees;
    facts.topic = meeting.topic;
    facts.purpose = plan.purpose;
    MinutesWriter::write(meeting, facts, random);
}

QString MeetingBuilder::nameOf(const QUuid& memberId) const
{
    const Member* member = m_context.member(memberId);
    return member ? member->fullName : QString();
}

void MeetingBuilder::finishRecent(QList<Meeting>& meetings) const
{
    QList<qsizetype> latest; // regular meetings of the latest month that has any, most recent first
    const auto regular = [](const Meeting& m) {
        return m.kind == MeetingKind::Regular || m.kind == MeetingKind::Combined;
    };
    YearMonth month;
    for (qsizetype i = meetings.size() - 1; i >= 0; --i) {
        const Meeting& m = meetings.at(i);
        if (!month.isValid() && regular(m))
            month = YearMonth::of(m.date);
        if (month.isValid() && month.contains(m.date) && regular(m))
            latest.append(i);
    }
    if (!latest.isEmpty()) { // still being written: no minutes yet
        Meeting& draft = meetings[latest.first()];
        MeetingLifecycle::stopAt(draft, MeetingState::Draft);
        draft.minutes.clear();
        draft.conclusion.clear();
        draft.speakersCount = 0;
    }
    if (latest.size() > 1)
        MeetingLifecycle::stopAt(meetings[latest.at(1)], MeetingState::Held);
    const QUuid village = m_context.orgId(u"thon-1"_s);
    for (Meeting& m : meetings) {
        if (m.orgId == village && YearMonth::of(m.date) == YearMonth(2025, 5) &&
            m.kind != MeetingKind::Thematic) {
            MeetingLifecycle::reopen(m, nameOf(m.chairId), m_context.asOf());
            break;
        }
    }
}

} // namespace chibo
