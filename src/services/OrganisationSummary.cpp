// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OrganisationSummary.h"

#include "core/CharterChecks.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "services/Workspace.h"

#include <QHash>

namespace chibo {

namespace {

/// Counts each member once, in the cell of the official registration, and adds it to every
/// organisation on the way up to the root.
void countMembers(const Dataset& data, const OrgTree& tree, QDate day,
                  QHash<QUuid, OrganisationSummaryLine*>& lines)
{
    for (const Member& member : data.members) {
        const MemberTimeline timeline(member);
        const MemberState state = timeline.stateOn(day);
        if (!state.isMember())
            continue;
        for (const Organisation* org : tree.lineage(timeline.officialCellOn(day))) {
            OrganisationSummaryLine* line = lines.value(org->id);
            if (!line)
                break;
            (state.standing == Standing::Full ? line->fullMembers : line->probationaryMembers) += 1;
            line->exemptMembers += state.exempt ? 1 : 0;
            line->suspendedMembers += state.suspended ? 1 : 0;
        }
    }
}

void countMeetings(const Dataset& data, QDate day, QHash<QUuid, OrganisationSummaryLine*>& lines)
{
    for (const Meeting& meeting : data.meetings) {
        OrganisationSummaryLine* line = lines.value(meeting.orgId);
        if (!line || meeting.date > day || meeting.date.year() != day.year())
            continue;
        ++line->meetingsInYear;
        line->thematicMeetingsInYear += meeting.isThematic() ? 1 : 0;
        line->lastMeeting = std::max(line->lastMeeting, meeting.date);
        line->expectedInYear += int(meeting.attendance.size());
        for (const Attendance& record : meeting.attendance)
            line->attendedInYear += record.attended() ? 1 : 0;
    }
}

} // namespace

Result<QList<OrganisationSummaryLine>> OrganisationSummary::build(const Workspace& workspace,
                                                                  const QUuid& rootId, QDate day)
{
    const auto data = workspace.storage().loadSubtree(rootId);
    if (!data)
        return data.error();
    const OrgTree tree(data->organisations);
    QList<OrganisationSummaryLine> lines;
    const int rootDepth = tree.depthOf(rootId);
    for (const Organisation* org : tree.subtree(rootId)) {
        OrganisationSummaryLine line;
        line.organisation = *org;
        line.depth = tree.depthOf(org->id) - rootDepth;
        lines.append(std::move(line));
    }
    QHash<QUuid, OrganisationSummaryLine*> byId;
    for (OrganisationSummaryLine& line : lines)
        byId.insert(line.organisation.id, &line);
    countMembers(*data, tree, day, byId);
    countMeetings(*data, day, byId);
    const CharterChecks charter(tree, data->members, day);
    for (OrganisationSummaryLine& line : lines)
        line.charter = charter.check(line.organisation);
    return lines;
}

} // namespace chibo
