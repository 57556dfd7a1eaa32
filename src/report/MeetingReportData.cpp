// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MeetingReportData.h"

#include "services/MeetingAssessment.h"
#include "services/Workspace.h"

#include <algorithm>

namespace chibo {

Result<MeetingReportData> MeetingReportData::load(const Workspace& workspace, const CriteriaSet& criteria,
                                                  const QUuid& meetingId)
{
    const auto found = workspace.storage().meetings().find(meetingId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("report.unknown-meeting"),
                     tr("No meeting has the id %1.").arg(meetingId.toString(QUuid::WithoutBraces)),
                     {}};
    auto assessment = MeetingAssessment::open(workspace, (*found)->orgId);
    if (!assessment)
        return assessment.error();
    auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    MeetingReportData data;
    data.meeting = **found;
    data.records = assessment->records();
    data.organisations = std::move(organisations).value();
    data.form = MeetingAssessment::fileFor(criteria, assessment->cell(), data.meeting.date);
    if (data.form) {
        QList<Rating> ratings;
        for (const Rating& rating : data.records.ratings) {
            if (rating.subjectId == meetingId)
                ratings.append(rating);
        }
        auto card = assessment->evaluate(criteria, data.meeting, ratings, data.form);
        if (card)
            data.card = std::move(card).value();
    }
    return data;
}

QString MeetingReportData::nameOf(const QUuid& memberId) const
{
    const auto member = std::find_if(records.members.cbegin(), records.members.cend(),
                                     [&](const Member& m) { return m.id == memberId; });
    return member == records.members.cend() ? QString() : member->fullName;
}

const Organisation* MeetingReportData::cell() const
{
    const auto org = std::find_if(organisations.cbegin(), organisations.cend(),
                                  [&](const Organisation& o) { return o.id == meeting.orgId; });
    return org == organisations.cend() ? nullptr : &*org;
}

} // namespace chibo
