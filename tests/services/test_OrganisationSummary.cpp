// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatasetTransfer.h"
#include "services/OrganisationSummary.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::anOrganisation;
using chibo::test::idFor;

TEST_CASE("the summary counts members up the tree, the year's meetings and attendance")
{
    auto workspace = Workspace::openInMemory();
    REQUIRE(workspace.ok());
    const Organisation dangBo =
        anOrganisation(QStringLiteral("Đảng bộ Cơ quan xã"), OrgKind::GrassrootsCommittee);
    const Organisation vanPhong =
        anOrganisation(QStringLiteral("Chi bộ Văn phòng"), OrgKind::SubordinateCell, dangBo.id);
    const Organisation matTran =
        anOrganisation(QStringLiteral("Chi bộ Mặt trận"), OrgKind::SubordinateCell, dangBo.id);
    Dataset data;
    data.organisations = {dangBo, vanPhong, matTran};
    const QDate day(2025, 12, 31);
    const QStringList names{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình"),
                            QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung")};
    for (const QString& name : names)
        data.members.append(aMember(name, vanPhong.id, QDate(2015, 5, 1), day));
    data.members.append(
        aMember(QStringLiteral("Hoàng Thị Hoa"), matTran.id, QDate(2025, 4, 30), day)); // probationary
    Meeting meeting;
    meeting.id = idFor(QStringLiteral("họp tháng 3"));
    meeting.orgId = vanPhong.id;
    meeting.date = QDate(2025, 3, 6);
    meeting.kind = MeetingKind::Combined;
    meeting.start = QTime(14, 0);
    meeting.end = QTime(16, 10);
    for (const Member& member : std::as_const(data.members).first(4))
        meeting.attendance.append({member.id, AttendanceStatus::Present, AbsenceReason::None, {}});
    meeting.attendance[3].status = AttendanceStatus::AbsentExcused;
    meeting.attendance[3].reason = AbsenceReason::Sick;
    data.meetings.append(meeting);
    REQUIRE(DatasetTransfer::importDataset(**workspace, data, QStringLiteral("test")).ok());

    const auto lines = OrganisationSummary::build(**workspace, dangBo.id, day);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 3);
    CHECK(lines->at(0).organisation.id == dangBo.id);
    CHECK(lines->at(0).fullMembers == 4);
    CHECK(lines->at(0).probationaryMembers == 1);
    CHECK(lines->at(1).depth == 1);
    const OrganisationSummaryLine& vp =
        lines->at(1).organisation.id == vanPhong.id ? lines->at(1) : lines->at(2);
    CHECK(vp.meetingsInYear == 1);
    CHECK(vp.thematicMeetingsInYear == 1);
    CHECK(vp.attendedInYear == 3);
    CHECK(vp.expectedInYear == 4);
    CHECK(vp.lastMeeting == QDate(2025, 3, 6));
    const OrganisationSummaryLine& mt =
        lines->at(1).organisation.id == matTran.id ? lines->at(1) : lines->at(2);
    REQUIRE(mt.charter.size() == 1);
    CHECK(mt.charter[0].code == QStringLiteral("charter.cell-min-full-members"));
    CHECK(lines->at(0).charter.at(0).code == QStringLiteral("charter.grassroots-committee-small"));
}
