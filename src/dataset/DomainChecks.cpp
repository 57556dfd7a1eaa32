// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DomainChecks.h"

#include "core/DisciplineRules.h"
#include "core/Labels.h"

namespace chibo {

DomainChecks::DomainChecks(const Dataset& dataset, const ReferenceChecks& index, QList<Error>& errors)
    : m_dataset(dataset)
    , m_index(index)
    , m_errors(errors)
{
    m_timelines.reserve(std::size_t(dataset.members.size()));
    for (const Member& member : dataset.members)
        m_timelines.emplace_back(member);
}

void DomainChecks::report(const JsonPath& at, const QString& code, const QString& message)
{
    m_errors.append(Error{code, message, at.pointer()});
}

void DomainChecks::checkMembers()
{
    const JsonPath root;
    const JsonPath section = root / u"members";
    for (qsizetype i = 0; i < m_dataset.members.size(); ++i) {
        const JsonPath record = section / i;
        const JsonPath history = record / u"status_history";
        const JsonPath memberships = record / u"memberships";
        for (const Diagnostic& found : m_timelines[std::size_t(i)].check()) {
            const bool aboutRegistrations = found.code.startsWith(u"member.membership");
            report(aboutRegistrations ? memberships : history, found.code, found.message);
        }
    }
}

void DomainChecks::checkMeetings()
{
    const JsonPath root;
    const JsonPath section = root / u"meetings";
    for (qsizetype i = 0; i < m_dataset.meetings.size(); ++i) {
        const Meeting& meeting = m_dataset.meetings[i];
        const JsonPath record = section / i;
        const Organisation* org = m_index.organisation(meeting.orgId);
        if (org && !org->isCell() && !org->isGrassroots())
            report(
                record / u"organisation", QStringLiteral("dataset.meeting-not-at-cell"),
                tr("The meeting on %1 is recorded for “%2” (%3), but only Party cells and grassroots Party "
                   "committees hold these meetings.")
                    .arg(ReferenceChecks::shownDate(meeting.date), org->name, Labels::of(org->kind)));
        const JsonPath chair = record / u"chair";
        const JsonPath minuteTaker = record / u"minute_taker";
        checkOfficer(meeting, meeting.chairId, chair, true);
        checkOfficer(meeting, meeting.minuteTakerId, minuteTaker, false);
        checkAttendance(meeting, record);
    }
}

void DomainChecks::checkOfficer(const Meeting& meeting, const QUuid& memberId, const JsonPath& at, bool chair)
{
    const MemberTimeline* timeline = timelineOf(memberId);
    if (!timeline || !meeting.date.isValid())
        return;
    const MemberState state = timeline->stateOn(meeting.date);
    if (state.isMember())
        return;
    const Organisation* org = m_index.organisation(meeting.orgId);
    const QString orgName = org ? org->name : QString();
    const QString name = m_index.memberName(memberId);
    const QString day = ReferenceChecks::shownDate(meeting.date);
    if (chair)
        report(at, QStringLiteral("dataset.chair-not-member"),
               tr("%1, the chair of the meeting of %2 on %3, is not a Party member on that day (%4).")
                   .arg(name, orgName, day, Labels::of(state)));
    else
        report(
            at, QStringLiteral("dataset.minute-taker-not-member"),
            tr("%1, who took the minutes of the meeting of %2 on %3, is not a Party member on that day (%4).")
                .arg(name, orgName, day, Labels::of(state)));
}

void DomainChecks::checkAttendance(const Meeting& meeting, const JsonPath& at)
{
    if (!meeting.date.isValid())
        return;
    const JsonPath rows = at / u"attendance";
    for (qsizetype j = 0; j < meeting.attendance.size(); ++j) {
        const QUuid& memberId = meeting.attendance[j].memberId;
        const MemberTimeline* timeline = timelineOf(memberId);
        if (!timeline)
            continue; // an unknown member is ReferenceChecks' finding
        const NotExpectedReason why = timeline->expectationAt(meeting.orgId, meeting.date);
        if (why == NotExpectedReason::None)
            continue;
        const Organisation* org = m_index.organisation(meeting.orgId);
        const JsonPath row = rows / j;
        report(row, QStringLiteral("dataset.attendance-not-expected"),
               tr("%1 has an attendance row at the meeting of %2 on %3 but is not expected there (%4).")
                   .arg(m_index.memberName(memberId), org ? org->name : QString(),
                        ReferenceChecks::shownDate(meeting.date), Labels::of(why)));
    }
}

void DomainChecks::checkDisciplines()
{
    const JsonPath root;
    const JsonPath section = root / u"disciplines";
    for (qsizetype i = 0; i < m_dataset.disciplines.size(); ++i) {
        const Discipline& discipline = m_dataset.disciplines[i];
        const Member* member = m_index.member(discipline.memberId);
        if (discipline.subject == DisciplineSubject::Member && !member)
            continue; // a missing or unknown member is ReferenceChecks' finding
        const Status allowed = DisciplineRules::check(discipline, member);
        if (allowed)
            continue;
        const JsonPath record = section / i;
        report(record / u"form", allowed.error().code, allowed.error().message);
    }
}

} // namespace chibo
