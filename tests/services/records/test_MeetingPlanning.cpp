// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/MeetingPlanning.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <algorithm>

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {

QStringList namesOf(const QList<ExpectedMember>& members)
{
    QStringList names;
    for (const ExpectedMember& member : members)
        names.append(member.fullName);
    return names;
}

QList<QUuid> attendeesOf(const Meeting& meeting)
{
    QList<QUuid> ids;
    for (const Attendance& row : meeting.attendance)
        ids.append(row.memberId);
    return ids;
}

QStringList titlesOf(const QList<Target>& targets)
{
    QStringList titles;
    for (const Target& target : targets)
        titles.append(target.title);
    return titles;
}

} // namespace

TEST_CASE("The cell's members on a day are listed in Vietnamese name order, with why some are not expected")
{
    const VillageFixture village;
    const auto members =
        MeetingPlanning::membersOn(*village.workspace, VillageFixture::eaKring(), QDate(2026, 11, 7));
    REQUIRE(members.ok());
    // By given name (An, Ánh, Bhim, Bình, Cường, Hoa, Mai), then full name; the dead and the not yet
    // admitted are not members of the cell that day.
    CHECK(namesOf(*members) == QStringList{text("Nguyễn Văn An"), text("Lê Thị Ánh"), text("Y Bhim Niê"),
                                           text("Đặng Thị Bình"), text("Trần Văn Cường"),
                                           text("Phan Thị Hoa"), text("Hoàng Thị Mai")});
    QHash<QString, NotExpectedReason> why;
    for (const ExpectedMember& member : *members)
        why.insert(member.fullName, member.notExpected);
    CHECK(why.value(text("Lê Thị Ánh")) == NotExpectedReason::Exempt);
    CHECK(why.value(text("Trần Văn Cường")) == NotExpectedReason::AwayTemporarily);
    CHECK(why.value(text("Hoàng Thị Mai")) == NotExpectedReason::None);
    CHECK(why.value(text("Y Bhim Niê")) == NotExpectedReason::None);
    CHECK((*members)[2].sortGivenName == QStringLiteral("Bhim"));

    const auto september =
        MeetingPlanning::membersOn(*village.workspace, VillageFixture::eaKring(), QDate(2026, 9, 5));
    REQUIRE(september.ok());
    CHECK_FALSE(namesOf(*september).contains(text("Phan Thị Hoa")));
    CHECK(namesOf(*september).contains(text("Hoàng Thị Mai")));
    // Mai is still thôn 1's member, but attends Ea Kring meanwhile.
    const auto thon1 =
        MeetingPlanning::membersOn(*village.workspace, VillageFixture::thon1(), QDate(2026, 11, 7));
    REQUIRE(thon1.ok());
    CHECK(namesOf(*thon1) == QStringList{text("Phạm Văn Dũng"), text("Hoàng Thị Mai")});
    CHECK(thon1->last().notExpected == NotExpectedReason::NotInCell);
}

TEST_CASE("A draft starts from the cell's previous meeting of its kind, with exactly the expected members")
{
    const VillageFixture village;
    const auto draft =
        MeetingPlanning::draftFrom(*village.workspace, VillageFixture::eaKring(), QDate(2026, 11, 7));
    REQUIRE(draft.ok());
    const Meeting october = *village.findMeeting(VillageFixture::meeting("october"));
    CHECK_FALSE(draft->id.isNull());
    CHECK(draft->id != october.id);
    CHECK(draft->orgId == VillageFixture::eaKring());
    CHECK(draft->date == QDate(2026, 11, 7));
    CHECK(draft->kind == MeetingKind::Regular);
    CHECK(draft->state == MeetingState::Draft);
    CHECK(draft->lifecycle.isEmpty());
    CHECK(draft->agenda == october.agenda);
    CHECK(draft->place == october.place);
    CHECK(draft->start == QTime(19, 0));
    CHECK(draft->end == QTime(20, 45));
    CHECK(draft->chairId == VillageFixture::member("Nguyễn Văn An"));
    CHECK(draft->minuteTakerId == VillageFixture::member("Y Bhim Niê"));
    CHECK(draft->minutes.isEmpty());
    CHECK(attendeesOf(*draft) ==
          QList<QUuid>{VillageFixture::member("Nguyễn Văn An"), VillageFixture::member("Y Bhim Niê"),
                       VillageFixture::member("Đặng Thị Bình"), VillageFixture::member("Phan Thị Hoa"),
                       VillageFixture::member("Hoàng Thị Mai")});
    for (const Attendance& row : draft->attendance)
        CHECK(row.status == AttendanceStatus::Present);

    const auto thematic = MeetingPlanning::draftFrom(*village.workspace, VillageFixture::eaKring(),
                                                     QDate(2026, 11, 14), MeetingKind::Thematic);
    REQUIRE(thematic.ok());
    CHECK(thematic->agenda == village.findMeeting(VillageFixture::meeting("thematic"))->agenda);
    CHECK(thematic->place == text("Nhà đồng chí Y Bhim Niê"));
    CHECK(thematic->topic.isEmpty());
}

TEST_CASE("A draft without an earlier meeting has an empty agenda, only cells hold meetings")
{
    const VillageFixture village;
    const auto first =
        MeetingPlanning::draftFrom(*village.workspace, VillageFixture::eaKring(), QDate(2026, 9, 1));
    REQUIRE(first.ok());
    CHECK(first->agenda.isEmpty());
    CHECK(first->place.isEmpty());
    CHECK(first->chairId.isNull());
    CHECK(first->attendance.size() == 4); // An, Bhim, Bình, Mai; Ánh exempt, Cường away
    const auto commune =
        MeetingPlanning::draftFrom(*village.workspace, VillageFixture::eaSin(), QDate(2026, 11, 7));
    CHECK(commune.ok()); // a grassroots committee holds meetings too
    const auto thon1 =
        MeetingPlanning::draftFrom(*village.workspace, VillageFixture::thon1(), QDate(2026, 11, 7));
    REQUIRE(thon1.ok());
    CHECK(thon1->agenda.isEmpty());
    CHECK(attendeesOf(*thon1) == QList<QUuid>{VillageFixture::member("Phạm Văn Dũng")});
}

TEST_CASE("A minute taker who is no longer expected is not carried into the draft")
{
    // From 01/12/2026 Y Bhim Niê, October's minute taker, is suspended.
    const QUuid bhim = VillageFixture::member("Y Bhim Niê");
    Dataset data = VillageFixture::dataset();
    for (Member& member : data.members) {
        if (member.id == bhim)
            member.statusEvents.append(
                {QUuid::createUuid(), QDate(2026, 12, 1), StatusEventKind::Suspended, {}, {}});
    }
    auto workspace = Workspace::openInMemory();
    REQUIRE(workspace.ok());
    REQUIRE((*workspace)->storage().insertDataset(data).ok());
    const auto draft =
        MeetingPlanning::draftFrom(**workspace, VillageFixture::eaKring(), QDate(2026, 12, 15));
    REQUIRE(draft.ok());
    CHECK(draft->chairId == VillageFixture::member("Nguyễn Văn An"));
    CHECK(draft->minuteTakerId.isNull());
    CHECK_FALSE(attendeesOf(*draft).contains(bhim));
    const auto members =
        MeetingPlanning::membersOn(**workspace, VillageFixture::eaKring(), QDate(2026, 12, 15));
    REQUIRE(members.ok());
    const auto listed = std::find_if(members->begin(), members->end(),
                                     [&](const ExpectedMember& m) { return m.memberId == bhim; });
    REQUIRE(listed != members->end());
    CHECK(listed->notExpected == NotExpectedReason::Suspended);
}

TEST_CASE("Open targets set before the meeting are carried forward")
{
    const VillageFixture village;
    const auto open =
        MeetingPlanning::openTargets(*village.workspace, VillageFixture::eaKring(), QDate(2026, 11, 7));
    REQUIRE(open.ok());
    // By due month, the overdue one first; done, next year's plan and thôn 1's are not carried.
    QStringList titles = titlesOf(*open);
    REQUIRE(titles.size() == 3);
    CHECK(titles.takeFirst() == text("Thu quỹ khuyến học"));
    titles.sort();
    CHECK(titles ==
          QStringList{text("Kết nạp 2 đảng viên mới"), text("Vận động 5 hộ làm nhà tiêu hợp vệ sinh")});
    const auto onOctober =
        MeetingPlanning::openTargets(*village.workspace, VillageFixture::eaKring(), QDate(2026, 10, 10));
    REQUIRE(onOctober.ok());
    CHECK_FALSE(titlesOf(*onOctober).contains(text("Thu quỹ khuyến học"))); // set by that very meeting
    CHECK(titlesOf(*onOctober).contains(text("Kết nạp 2 đảng viên mới")));
}

TEST_CASE("The lifecycle moves forward one step at a time, a move back needs a note")
{
    const VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const QDateTime evening(QDate(2026, 11, 7), QTime(14, 30), Qt::UTC);
    const auto draft =
        MeetingPlanning::draftFrom(*village.workspace, VillageFixture::eaKring(), QDate(2026, 11, 7));
    REQUIRE(draft.ok());

    const auto skipped =
        MeetingPlanning::transition(*draft, MeetingState::MinutesApproved, secretary, evening);
    REQUIRE_FALSE(skipped.ok());
    CHECK(skipped.error().code == QStringLiteral("invalid_transition"));
    const QDateTime dayBefore(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC);
    CHECK_FALSE(MeetingPlanning::transition(*draft, MeetingState::Held, secretary, dayBefore).ok());
    Meeting noAttendance = *draft;
    noAttendance.attendance.clear();
    CHECK_FALSE(MeetingPlanning::transition(noAttendance, MeetingState::Held, secretary, evening).ok());

    const auto held = MeetingPlanning::transition(*draft, MeetingState::Held, secretary, evening);
    REQUIRE(held.ok());
    CHECK(held->state == MeetingState::Held);
    REQUIRE(held->lifecycle.size() == 1);
    CHECK(held->lifecycle.first() == LifecycleEvent{MeetingState::Held, text("Nguyễn Văn An"), evening, {}});
    const auto approved =
        MeetingPlanning::transition(*held, MeetingState::MinutesApproved, secretary, evening);
    REQUIRE(approved.ok());
    const auto locked = MeetingPlanning::transition(*approved, MeetingState::Locked, secretary, evening);
    REQUIRE(locked.ok());
    CHECK(locked->lifecycle.size() == 3);
    CHECK_FALSE(MeetingPlanning::transition(*locked, MeetingState::Locked, secretary, evening).ok());

    const auto silent =
        MeetingPlanning::transition(*locked, MeetingState::Held, secretary, evening, QStringLiteral("  "));
    REQUIRE_FALSE(silent.ok());
    CHECK(silent.error().message.contains(QStringLiteral("note")));
    const auto reopened = MeetingPlanning::transition(*locked, MeetingState::Held, secretary, evening,
                                                      text("Sửa danh sách dự họp"));
    REQUIRE(reopened.ok());
    CHECK(reopened->state == MeetingState::Held);
    CHECK(reopened->lifecycle.constLast().note == text("Sửa danh sách dự họp"));
    CHECK(reopened->lifecycle.size() == 4);
}
