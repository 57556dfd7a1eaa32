// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MeetingPlanning.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/PersonNameOrder.h"
#include "services/OrgSnapshot.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace chibo {

namespace {

/// The organisation, which must hold meetings (a cell or a grassroots committee).
Status holdsMeetings(const Workspace& workspace, const QUuid& orgId)
{
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const auto found = (*organisations)->require(orgId);
    if (!found)
        return found.error();
    const Organisation* org = *found;
    if (!org->isCell() && !org->isGrassroots())
        return Error{
            QStringLiteral("not_a_cell"),
            MeetingPlanning::tr("%1 does not hold cell meetings; choose one of its cells.").arg(org->name),
            {}};
    return {};
}

/// The members of the cell on `date`, sorted; the caller's transaction gives one snapshot.
Result<QList<ExpectedMember>> listMembers(const Workspace& workspace, const QUuid& orgId, QDate date)
{
    const auto registered = workspace.storage().members().registeredIn({orgId});
    if (!registered)
        return registered.error();
    QList<ExpectedMember> members;
    for (const Member& member : *registered) {
        const MemberTimeline timeline(member);
        if (timeline.attendingCellOn(date) != orgId && timeline.officialCellOn(date) != orgId)
            continue;
        if (!timeline.stateOn(date).isMember())
            continue;
        members.append(
            {member.id, member.fullName, member.sortGivenName(), timeline.expectationAt(orgId, date)});
    }
    const PersonNameOrder order;
    std::stable_sort(members.begin(), members.end(), [&](const ExpectedMember& a, const ExpectedMember& b) {
        const int byName = order.compare(a.sortGivenName, a.fullName, b.sortGivenName, b.fullName);
        return byName != 0 ? byName < 0 : a.memberId.toString() < b.memberId.toString();
    });
    return members;
}

bool isExpected(const QList<ExpectedMember>& members, const QUuid& id)
{
    return std::any_of(members.begin(), members.end(), [&](const ExpectedMember& m) {
        return m.memberId == id && m.notExpected == NotExpectedReason::None;
    });
}

Error refused(const QString& message)
{
    return Error{QStringLiteral("invalid_transition"), message, {}};
}

} // namespace

Result<Meeting> MeetingPlanning::draftFrom(const Workspace& workspace, const QUuid& orgId, QDate date,
                                           MeetingKind kind)
{
    if (!date.isValid())
        return Error{QStringLiteral("invalid_date"), tr("A meeting needs its date."), {}};
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (Status status = holdsMeetings(workspace, orgId); !status)
        return status.error();
    const auto previous = workspace.storage().meetings().latestBefore(orgId, date, kind);
    if (!previous)
        return previous.error();
    const auto members = listMembers(workspace, orgId, date);
    if (!members)
        return members.error();
    Meeting draft;
    draft.id = QUuid::createUuid();
    draft.orgId = orgId;
    draft.date = date;
    draft.kind = kind;
    draft.state = MeetingState::Draft;
    if (*previous) {
        const Meeting& last = **previous;
        draft.agenda = last.agenda;
        draft.place = last.place;
        draft.start = last.start;
        draft.end = last.end;
        // The officers carry over only while they are still expected at the cell's meetings.
        draft.chairId = isExpected(*members, last.chairId) ? last.chairId : QUuid();
        draft.minuteTakerId = isExpected(*members, last.minuteTakerId) ? last.minuteTakerId : QUuid();
    }
    for (const ExpectedMember& member : *members) {
        if (member.notExpected == NotExpectedReason::None)
            draft.attendance.append(
                Attendance{member.memberId, AttendanceStatus::Present, AbsenceReason::None, {}});
    }
    return draft;
}

Result<QList<ExpectedMember>> MeetingPlanning::membersOn(const Workspace& workspace, const QUuid& orgId,
                                                         QDate date)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (Status status = holdsMeetings(workspace, orgId); !status)
        return status.error();
    return listMembers(workspace, orgId, date);
}

Result<QList<Target>> MeetingPlanning::openTargets(const Workspace& workspace, const QUuid& orgId, QDate date)
{
    return workspace.storage().records().openTargets(orgId, date);
}

Result<Meeting> MeetingPlanning::transition(const Meeting& meeting, MeetingState to, const Session& session,
                                            const QDateTime& at, const QString& note)
{
    const int from = int(meeting.state);
    const int target = int(to);
    if (target == from)
        return refused(tr("The meeting is already “%1”.").arg(Labels::of(to)));
    if (target > from + 1)
        return refused(tr("A meeting moves forward one step at a time: from “%1” it can only become “%2”.")
                           .arg(Labels::of(meeting.state), Labels::of(MeetingState(from + 1))));
    if (target < from && note.trimmed().isEmpty())
        return refused(tr("Reopening a meeting (back to “%1”) needs a note saying why.").arg(Labels::of(to)));
    if (to == MeetingState::Held && target > from) {
        if (!meeting.date.isValid() || meeting.date > at.toLocalTime().date())
            return refused(tr("A meeting dated %1 cannot be recorded as held before that day.")
                               .arg(meeting.date.toString(u"dd/MM/yyyy")));
        if (meeting.attendance.isEmpty())
            return refused(tr("Take the attendance before recording the meeting as held."));
    }
    Meeting moved = meeting;
    moved.state = to;
    moved.lifecycle.append(LifecycleEvent{to, session.userName, at, note.trimmed()});
    return moved;
}

} // namespace chibo
