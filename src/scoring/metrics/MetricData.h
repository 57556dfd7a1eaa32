// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "core/YearMonth.h"
#include "scoring/ScoringInput.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QUuid>

#include <span>
#include <vector>

namespace chibo {

/// The indexes every metric reads, built in one pass over a ScoringInput's dataset. After
/// construction every look-up is a hash access or a binary search over one owner's records; nothing
/// scans the whole snapshot again. The dataset must outlive it.
class MetricData {
public:
    /// One member expected at one held meeting (MemberTimeline on the meeting's date).
    struct Presence {
        const Meeting* meeting = nullptr;
        qsizetype member = -1;
        const Attendance* row = nullptr; ///< null when no attendance row was recorded
        int run = 0; ///< consecutive excused absences at this cell in this calendar year ending here

        /// Whether a row was recorded with this status.
        bool has(AttendanceStatus status) const { return row && row->status == status; }
    };

    /// Attendance totals of one held meeting, over the members expected at it.
    struct MeetingStats {
        int cellMembers = 0; ///< members officially registered at the cell on the date
        int expected = 0;
        int attended = 0;
        int late = 0;
        int excused = 0;
        int unexcused = 0;
        int unrecorded = 0; ///< expected members without an attendance row
        QList<qsizetype> presences;
    };

    /// A record attributed to an organisation through a member's cell on the record's date.
    struct Attributed {
        QDate date;
        qsizetype member = -1;
        const void* record = nullptr;
    };

    explicit MetricData(const ScoringInput& input);

    static bool isHeld(const Meeting& meeting);
    /// min(period end, asOf), the last day any metric of the input's period looks at.
    static QDate clip(QDate periodEnd, QDate asOf);

    const ScoringInput& input() const { return m_input; }
    const Dataset& dataset() const { return *m_input.dataset; }
    const OrgTree& tree() const { return m_tree; }
    /// Position of an organisation in tree order (parents before children), for sorting.
    int treePosition(const QUuid& orgId) const { return m_treePosition.value(orgId, -1); }
    QDate periodStart() const { return m_periodStart; }
    QDate effectiveEnd() const { return m_effectiveEnd; }

    qsizetype memberIndex(const QUuid& memberId) const { return m_memberById.value(memberId, -1); }
    const Member& memberAt(qsizetype index) const { return dataset().members[index]; }
    const MemberTimeline& timelineAt(qsizetype index) const { return m_timelines[std::size_t(index)]; }
    const Meeting* meeting(const QUuid& id) const { return m_meetingById.value(id, nullptr); }

    /// Held meetings of `orgId` dated within [from, to], by date then id.
    std::span<const Meeting* const> heldMeetings(const QUuid& orgId, QDate from, QDate to) const;
    /// The held meeting of the same organisation just before `meeting`; null if none.
    const Meeting* previousHeld(const Meeting& meeting) const;
    const MeetingStats* stats(const QUuid& meetingId) const;
    const Presence& presence(qsizetype index) const { return m_presences[std::size_t(index)]; }
    /// The member's presences, by meeting date.
    const QList<qsizetype>& presencesOf(qsizetype member) const;

    const QList<const Target*>& targetsOfOrg(const QUuid& orgId) const;
    const QList<const Target*>& targetsOfOwner(const QUuid& memberId) const;
    const QList<const Target*>& targetsOfMeeting(const QUuid& meetingId) const;
    /// Member disciplines attributed to the organisation (the member's cell of record on the decision
    /// date, and its ancestors).
    const QList<Attributed>& memberDisciplinesOf(const QUuid& orgId) const;
    const QList<const Discipline*>& disciplinesOfMember(const QUuid& memberId) const;
    /// Committee and organisation disciplines of the organisation itself.
    const QList<const Discipline*>& collectiveDisciplinesOf(const QUuid& orgId) const;
    const QList<Attributed>& violationsOf(const QUuid& orgId) const;
    const QList<const Violation*>& violationsOfMember(const QUuid& memberId) const;
    /// Admission ceremonies attributed to the organisation of the member's official cell that day.
    const QList<Attributed>& admissionsOf(const QUuid& orgId) const;
    const QList<const Leave*>& leavesOf(const QUuid& memberId) const;
    const QList<const DuesRecord*>& duesOf(const QUuid& memberId) const;
    const QList<const Commendation*>& commendationsOfMember(const QUuid& memberId) const;
    const QList<const Commendation*>& commendationsOfOrg(const QUuid& orgId) const;

    /// Members (probationary or full) whose official cell on `day` is `orgId` or below it. `day` must
    /// be the effective end of the input's period or of one of its months; otherwise empty.
    const QList<qsizetype>& membersBelow(const QUuid& orgId, QDate day) const;

private:
    void indexOrganisations();
    void indexMembers();
    void indexMeetings();
    void countMeeting(const Meeting& meeting, const QHash<QUuid, QList<qsizetype>>& candidates);
    void computeRuns();
    void indexRecords();
    void indexDisciplines();
    void indexMembersAtKeyDates();
    /// `cell` and its ancestors, cached: many members share a cell.
    const QList<QUuid>& lineageOf(const QUuid& cell);
    void attribute(QHash<QUuid, QList<Attributed>>& index, qsizetype member, QDate date, QUuid cell,
                   const void* record);

    ScoringInput m_input; ///< a copy: small, and callers may pass a temporary
    QDate m_periodStart;
    QDate m_effectiveEnd;
    OrgTree m_tree;
    QHash<QUuid, int> m_treePosition;
    std::vector<MemberTimeline> m_timelines;
    QHash<QUuid, qsizetype> m_memberById;
    QHash<QUuid, const Meeting*> m_meetingById;
    QHash<QUuid, QList<const Meeting*>> m_heldByOrg;
    QHash<QUuid, MeetingStats> m_stats;
    std::vector<Presence> m_presences;
    QList<QList<qsizetype>> m_presencesByMember;
    QHash<QUuid, QList<const Target*>> m_targetsByOrg;
    QHash<QUuid, QList<const Target*>> m_targetsByOwner;
    QHash<QUuid, QList<const Target*>> m_targetsByMeeting;
    QHash<QUuid, QList<Attributed>> m_memberDisciplinesByOrg;
    QHash<QUuid, QList<const Discipline*>> m_disciplinesByMember;
    QHash<QUuid, QList<const Discipline*>> m_collectiveDisciplinesByOrg;
    QHash<QUuid, QList<Attributed>> m_violationsByOrg;
    QHash<QUuid, QList<const Violation*>> m_violationsByMember;
    QHash<QUuid, QList<Attributed>> m_admissionsByOrg;
    QHash<QUuid, QList<const Leave*>> m_leavesByMember;
    QHash<QUuid, QList<const DuesRecord*>> m_duesByMember;
    QHash<QUuid, QList<const Commendation*>> m_commendationsByMember;
    QHash<QUuid, QList<const Commendation*>> m_commendationsByOrg;
    QHash<QUuid, QList<QUuid>> m_lineages;
    QList<QDate> m_keyDates;
    QList<QHash<QUuid, QList<qsizetype>>> m_membersBelow; ///< parallel to m_keyDates
};

} // namespace chibo
