// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MetricData.h"

#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

template <typename T>
const QList<T>& listOr(const QHash<QUuid, QList<T>>& index, const QUuid& key)
{
    static const QList<T> empty;
    const auto it = index.constFind(key);
    return it == index.cend() ? empty : *it;
}

bool byDateThenId(const Meeting* a, const Meeting* b)
{
    return a->date != b->date ? a->date < b->date : a->id < b->id;
}

} // namespace

MetricData::MetricData(const ScoringInput& input)
    : m_input(input)
    , m_periodStart(input.periodStart())
    , m_effectiveEnd(clip(input.periodEnd(), input.asOf))
    , m_tree(input.dataset->organisations)
{
    indexOrganisations();
    indexMembers();
    indexMeetings();
    computeRuns();
    indexRecords();
    indexDisciplines();
    indexMembersAtKeyDates();
}

bool MetricData::isHeld(const Meeting& meeting)
{
    return meeting.state != MeetingState::Draft;
}

QDate MetricData::clip(QDate periodEnd, QDate asOf)
{
    return asOf.isValid() && asOf < periodEnd ? asOf : periodEnd;
}

void MetricData::indexOrganisations()
{
    int position = 0;
    for (const Organisation* root : m_tree.roots()) {
        for (const Organisation* org : m_tree.subtree(root->id)) {
            if (!m_treePosition.contains(org->id))
                m_treePosition.insert(org->id, position++);
        }
    }
}

void MetricData::indexMembers()
{
    const QList<Member>& members = dataset().members;
    m_timelines.reserve(std::size_t(members.size()));
    m_memberById.reserve(members.size());
    m_presencesByMember.resize(members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        m_timelines.emplace_back(members[i]);
        m_memberById.insert(members[i].id, i);
    }
}

void MetricData::indexMeetings()
{
    // Members who were ever registered (officially or temporarily) at a cell: the only ones who can
    // be expected at its meetings.
    QHash<QUuid, QList<qsizetype>> candidates;
    const QList<Member>& members = dataset().members;
    for (qsizetype i = 0; i < members.size(); ++i) {
        QSet<QUuid> cells;
        for (const CellMembership& period : members[i].memberships)
            cells.insert(period.orgId);
        for (const QUuid& cell : std::as_const(cells))
            candidates[cell].append(i);
    }
    for (const Meeting& meeting : dataset().meetings) {
        m_meetingById.insert(meeting.id, &meeting);
        if (!isHeld(meeting))
            continue;
        m_heldByOrg[meeting.orgId].append(&meeting);
        countMeeting(meeting, candidates);
    }
    for (auto it = m_heldByOrg.begin(); it != m_heldByOrg.end(); ++it)
        std::sort(it->begin(), it->end(), byDateThenId);
}

void MetricData::countMeeting(const Meeting& meeting, const QHash<QUuid, QList<qsizetype>>& candidates)
{
    QHash<QUuid, const Attendance*> rows;
    rows.reserve(meeting.attendance.size());
    for (const Attendance& row : meeting.attendance)
        rows.insert(row.memberId, &row);
    MeetingStats& stats = m_stats[meeting.id];
    for (qsizetype member : listOr(candidates, meeting.orgId)) {
        const MemberTimeline& timeline = timelineAt(member);
        if (timeline.officialCellOn(meeting.date) == meeting.orgId &&
            timeline.stateOn(meeting.date).isMember())
            ++stats.cellMembers;
        if (!timeline.isExpectedAt(meeting.orgId, meeting.date))
            continue;
        const Attendance* row = rows.value(memberAt(member).id, nullptr);
        const qsizetype index = qsizetype(m_presences.size());
        m_presences.push_back({&meeting, member, row, 0});
        stats.presences.append(index);
        m_presencesByMember[member].append(index);
        ++stats.expected;
        if (!row) {
            ++stats.unrecorded;
            continue;
        }
        stats.attended += row->attended() ? 1 : 0;
        stats.late += row->status == AttendanceStatus::Late ? 1 : 0;
        stats.excused += row->status == AttendanceStatus::AbsentExcused ? 1 : 0;
        stats.unexcused += row->status == AttendanceStatus::AbsentUnexcused ? 1 : 0;
    }
}

void MetricData::computeRuns()
{
    // A run counts consecutive excused absences at one cell within one calendar year. Meetings the
    // member was not expected at neither extend nor break it; anything else breaks it.
    for (QList<qsizetype>& list : m_presencesByMember) {
        std::sort(list.begin(), list.end(), [this](qsizetype a, qsizetype b) {
            return byDateThenId(m_presences[std::size_t(a)].meeting, m_presences[std::size_t(b)].meeting);
        });
        QHash<QUuid, std::pair<int, int>> current; // cell → (year, run)
        for (qsizetype index : std::as_const(list)) {
            Presence& presence = m_presences[std::size_t(index)];
            const bool excused = presence.row && presence.row->status == AttendanceStatus::AbsentExcused;
            auto& [year, run] = current[presence.meeting->orgId];
            if (year != presence.meeting->date.year()) {
                year = presence.meeting->date.year();
                run = 0;
            }
            run = excused ? run + 1 : 0;
            presence.run = run;
        }
    }
}

const QList<QUuid>& MetricData::lineageOf(const QUuid& cell)
{
    auto it = m_lineages.find(cell);
    if (it == m_lineages.end()) {
        QList<QUuid> ids;
        for (const Organisation* org : m_tree.lineage(cell))
            ids.append(org->id);
        it = m_lineages.insert(cell, ids);
    }
    return *it;
}

void MetricData::attribute(QHash<QUuid, QList<Attributed>>& index, qsizetype member, QDate date, QUuid cell,
                           const void* record)
{
    for (const QUuid& org : lineageOf(cell))
        index[org].append({date, member, record});
}

void MetricData::indexRecords()
{
    const Dataset& data = dataset();
    for (const Target& target : data.targets) {
        m_targetsByOrg[target.orgId].append(&target);
        if (!target.ownerMemberId.isNull())
            m_targetsByOwner[target.ownerMemberId].append(&target);
        if (!target.meetingId.isNull())
            m_targetsByMeeting[target.meetingId].append(&target);
    }
    for (const Violation& violation : data.violations) {
        m_violationsByMember[violation.memberId].append(&violation);
        const qsizetype member = memberIndex(violation.memberId);
        if (member >= 0)
            attribute(m_violationsByOrg, member, violation.date,
                      timelineAt(member).cellOfRecordOn(violation.date), &violation);
    }
    for (const Leave& leave : data.leaves)
        m_leavesByMember[leave.memberId].append(&leave);
    for (const DuesRecord& dues : data.dues)
        m_duesByMember[dues.memberId].append(&dues);
    for (const Commendation& commendation : data.commendations) {
        if (!commendation.memberId.isNull())
            m_commendationsByMember[commendation.memberId].append(&commendation);
        if (!commendation.orgId.isNull())
            m_commendationsByOrg[commendation.orgId].append(&commendation);
    }
    for (qsizetype i = 0; i < data.members.size(); ++i) {
        const QDate admitted = timelineAt(i).admittedOn();
        if (admitted.isValid())
            attribute(m_admissionsByOrg, i, admitted, timelineAt(i).officialCellOn(admitted), nullptr);
    }
}

void MetricData::indexDisciplines()
{
    for (const Discipline& discipline : dataset().disciplines) {
        if (discipline.subject != DisciplineSubject::Member) {
            m_collectiveDisciplinesByOrg[discipline.orgId].append(&discipline);
            continue;
        }
        m_disciplinesByMember[discipline.memberId].append(&discipline);
        const qsizetype member = memberIndex(discipline.memberId);
        if (member >= 0)
            attribute(m_memberDisciplinesByOrg, member, discipline.decisionDate,
                      timelineAt(member).cellOfRecordOn(discipline.decisionDate), &discipline);
    }
}

void MetricData::indexMembersAtKeyDates()
{
    // The effective ends of the input's period and of each of its months that has started.
    for (YearMonth month = YearMonth::of(m_periodStart); month.firstDay() <= m_effectiveEnd;
         month = month.addMonths(1)) {
        if (month.firstDay() > m_input.periodEnd())
            break;
        m_keyDates.append(clip(month.lastDay(), m_input.asOf));
    }
    if (!m_keyDates.contains(m_effectiveEnd))
        m_keyDates.append(m_effectiveEnd);
    m_membersBelow.resize(m_keyDates.size());
    for (qsizetype i = 0; i < dataset().members.size(); ++i) {
        for (qsizetype k = 0; k < m_keyDates.size(); ++k) {
            const MemberTimeline& timeline = timelineAt(i);
            if (!timeline.stateOn(m_keyDates[k]).isMember())
                continue;
            for (const QUuid& org : lineageOf(timeline.officialCellOn(m_keyDates[k])))
                m_membersBelow[k][org].append(i);
        }
    }
}

std::span<const Meeting* const> MetricData::heldMeetings(const QUuid& orgId, QDate from, QDate to) const
{
    const QList<const Meeting*>& list = listOr(m_heldByOrg, orgId);
    const auto first = std::lower_bound(list.cbegin(), list.cend(), from,
                                        [](const Meeting* m, QDate day) { return m->date < day; });
    const auto last =
        std::upper_bound(first, list.cend(), to, [](QDate day, const Meeting* m) { return day < m->date; });
    return {first, last};
}

const Meeting* MetricData::previousHeld(const Meeting& meeting) const
{
    const QList<const Meeting*>& list = listOr(m_heldByOrg, meeting.orgId);
    const auto it = std::lower_bound(list.cbegin(), list.cend(), &meeting, byDateThenId);
    return it == list.cbegin() ? nullptr : *(it - 1);
}

const MetricData::MeetingStats* MetricData::stats(const QUuid& meetingId) const
{
    const auto it = m_stats.constFind(meetingId);
    return it == m_stats.cend() ? nullptr : &*it;
}

const QList<qsizetype>& MetricData::presencesOf(qsizetype member) const
{
    static const QList<qsizetype> empty;
    return member >= 0 && member < m_presencesByMember.size() ? m_presencesByMember[member] : empty;
}

const QList<const Target*>& MetricData::targetsOfOrg(const QUuid& id) const
{
    return listOr(m_targetsByOrg, id);
}

const QList<const Target*>& MetricData::targetsOfOwner(const QUuid& id) const
{
    return listOr(m_targetsByOwner, id);
}

const QList<const Target*>& MetricData::targetsOfMeeting(const QUuid& id) const
{
    return listOr(m_targetsByMeeting, id);
}

const QList<MetricData::Attributed>& MetricData::memberDisciplinesOf(const QUuid& id) const
{
    return listOr(m_memberDisciplinesByOrg, id);
}

const QList<const Discipline*>& MetricData::disciplinesOfMember(const QUuid& id) const
{
    return listOr(m_disciplinesByMember, id);
}

const QList<const Discipline*>& MetricData::collectiveDisciplinesOf(const QUuid& id) const
{
    return listOr(m_collectiveDisciplinesByOrg, id);
}

const QList<MetricData::Attributed>& MetricData::violationsOf(const QUuid& id) const
{
    return listOr(m_violationsByOrg, id);
}

const QList<const Violation*>& MetricData::violationsOfMember(const QUuid& id) const
{
    return listOr(m_violationsByMember, id);
}

const QList<MetricData::Attributed>& MetricData::admissionsOf(const QUuid& id) const
{
    return listOr(m_admissionsByOrg, id);
}

const QList<const Leave*>& MetricData::leavesOf(const QUuid& id) const
{
    return listOr(m_leavesByMember, id);
}

const QList<const DuesRecord*>& MetricData::duesOf(const QUuid& id) const
{
    return listOr(m_duesByMember, id);
}

const QList<const Commendation*>& MetricData::commendationsOfMember(const QUuid& id) const
{
    return listOr(m_commendationsByMember, id);
}

const QList<const Commendation*>& MetricData::commendationsOfOrg(const QUuid& id) const
{
    return listOr(m_commendationsByOrg, id);
}

const QList<qsizetype>& MetricData::membersBelow(const QUuid& orgId, QDate day) const
{
    static const QList<qsizetype> empty;
    const qsizetype k = m_keyDates.indexOf(day);
    return k < 0 ? empty : listOr(m_membersBelow[k], orgId);
}

} // namespace chibo
