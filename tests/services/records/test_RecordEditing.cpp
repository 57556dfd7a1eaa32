// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/MeetingPlanning.h"
#include "services/RecordEditing.h"
#include "services/RecycleBin.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {

template <typename T>
QString errorOf(const Result<T>& result)
{
    return result ? QString() : result.error().code + u": " + result.error().message;
}

/// A new member of Ea Kring admitted on 05/11/2026.
Member newMember()
{
    Member lan = test::aMember(text("Đinh Thị Lan"), VillageFixture::eaKring(), QDate(2026, 11, 5));
    lan.sex = Sex::Female;
    lan.ethnicity = QStringLiteral("Kinh");
    lan.phone = QStringLiteral("0988111222");
    return lan;
}

} // namespace

TEST_CASE("A member is created, updated and read back exactly as saved")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const Member lan = newMember();
    const auto created =
        RecordEditing::apply(*village.workspace, secretary, Change<Member>{std::nullopt, lan});
    INFO(errorOf(created));
    REQUIRE(created.ok());
    CHECK(created->isNull());
    CHECK(village.storedMember(lan.id) == lan);

    Member moved = lan;
    moved.phone = QStringLiteral("0977333444");
    moved.hometown = text("xã Ea Sin, tỉnh Đắk Lắk");
    const auto updated = RecordEditing::apply(*village.workspace, secretary, Change<Member>{lan, moved});
    REQUIRE(updated.ok());
    CHECK(village.storedMember(lan.id) == moved);

    // Undo is the inverse change, saved the same way.
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Member>{lan, moved}.inverse()).ok());
    CHECK(village.storedMember(lan.id) == lan);
}

TEST_CASE("An edit whose before is not what is stored is refused and writes nothing")
{
    VillageFixture village;
    const Session admin = VillageFixture::admin();
    const Member stored = village.storedMember(VillageFixture::member("Đặng Thị Bình"));
    Member elsewhere = stored;
    elsewhere.phone = QStringLiteral("0901000001");
    REQUIRE(RecordEditing::apply(*village.workspace, admin, Change<Member>{stored, elsewhere}).ok());

    Member mine = stored;
    mine.note = text("Chuyển sinh hoạt từ xã Cư Né");
    const auto stale = RecordEditing::apply(*village.workspace, admin, Change<Member>{stored, mine});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == QStringLiteral("changed_elsewhere"));
    CHECK(stale.error().message.contains(text("Đặng Thị Bình")));
    CHECK(village.storedMember(stored.id) == elsewhere);

    // A creation of a record that exists, and a removal of a record already gone, are stale too.
    const auto again =
        RecordEditing::apply(*village.workspace, admin, Change<Member>{std::nullopt, elsewhere});
    CHECK(again.error().code == QStringLiteral("changed_elsewhere"));
    const Target sanitation = *village.findTarget(VillageFixture::target("sanitation"));
    Target changed = sanitation;
    changed.actual = 3;
    REQUIRE(RecordEditing::apply(*village.workspace, admin, Change<Target>{sanitation, changed}).ok());
    const auto staleRemoval =
        RecordEditing::apply(*village.workspace, admin, Change<Target>{sanitation, std::nullopt});
    CHECK(staleRemoval.error().code == QStringLiteral("changed_elsewhere"));
    CHECK(village.findTarget(sanitation.id) == changed);
}

TEST_CASE("Only an administrator or the secretary of the cell edits its records")
{
    VillageFixture village;
    const Member stored = village.storedMember(VillageFixture::member("Y Bhim Niê"));
    Member edited = stored;
    edited.phone = QStringLiteral("0934555666");
    const Change<Member> change{stored, edited};

    const auto committee =
        RecordEditing::apply(*village.workspace, VillageFixture::committeeMember(), change);
    REQUIRE_FALSE(committee.ok());
    CHECK(committee.error().code == QStringLiteral("permission_denied"));
    CHECK(committee.error().message.contains(text("Chi bộ buôn Ea Kring")));
    const auto otherCell =
        RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfThon1(), change);
    REQUIRE_FALSE(otherCell.ok());
    CHECK(otherCell.error().code == QStringLiteral("permission_denied"));
    CHECK(village.storedMember(stored.id) == stored);

    const Session viewer{text("Khách"), Role::Viewer, {}};
    CHECK(RecordEditing::apply(*village.workspace, viewer, change).error().code ==
          QStringLiteral("permission_denied"));
    REQUIRE(RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfEaKring(), change).ok());
    CHECK(village.storedMember(stored.id) == edited);

    // The commune's secretary edits every cell below it.
    const Session commune{text("Hoàng Văn Sơn"), Role::Secretary, {VillageFixture::eaSin()}};
    REQUIRE(RecordEditing::apply(*village.workspace, commune, change.inverse()).ok());
    CHECK(village.storedMember(stored.id) == stored);
}

TEST_CASE("Moving a member to another cell needs the permission of both cells")
{
    VillageFixture village;
    const Member stored = village.storedMember(VillageFixture::member("Đặng Thị Bình"));
    Member moved = stored;
    moved.memberships.first().to = QDate(2026, 11, 30);
    moved.memberships.append({test::idFor(QStringLiteral("Bình/thôn 1")),
                              VillageFixture::thon1(),
                              QDate(2026, 12, 1),
                              {},
                              CellMembership::Kind::Official});
    const Change<Member> change{stored, moved};
    CHECK(
        RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfEaKring(), change).error().code ==
        QStringLiteral("permission_denied"));
    CHECK(RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfThon1(), change).error().code ==
          QStringLiteral("permission_denied"));
    const Session both{
        text("Hoàng Văn Sơn"), Role::Secretary, {VillageFixture::eaKring(), VillageFixture::thon1()}};
    REQUIRE(RecordEditing::apply(*village.workspace, both, change).ok());
    CHECK(village.storedMember(stored.id) == moved);
}

TEST_CASE("A member whose histories contradict themselves is not saved")
{
    VillageFixture village;
    Member twice = newMember();
    twice.statusEvents.append(
        {test::idFor(QStringLiteral("Lan/again")), QDate(2026, 11, 8), StatusEventKind::Admitted, {}, {}});
    const auto refused = RecordEditing::apply(*village.workspace, VillageFixture::admin(),
                                              Change<Member>{std::nullopt, twice});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("invalid_record"));
    CHECK_FALSE(village.findMember(twice.id).has_value());
}

TEST_CASE("A member named in meetings or owning a target cannot be removed, the message counts them")
{
    VillageFixture village;
    const Session admin = VillageFixture::admin();
    const Member binh = village.storedMember(VillageFixture::member("Đặng Thị Bình"));
    const auto binhRemoved =
        RecordEditing::apply(*village.workspace, admin, Change<Member>{binh, std::nullopt});
    REQUIRE_FALSE(binhRemoved.ok());
    CHECK(binhRemoved.error().code == QStringLiteral("member_referenced"));
    // Attendance at three meetings, chair of one, minute taker of two: three meetings in all.
    CHECK(binhRemoved.error().message.contains(QStringLiteral("3 meeting")));
    CHECK(binhRemoved.error().message.contains(text("Đặng Thị Bình")));

    const Member bhim = village.storedMember(VillageFixture::member("Y Bhim Niê"));
    const auto bhimRemoved =
        RecordEditing::apply(*village.workspace, admin, Change<Member>{bhim, std::nullopt});
    REQUIRE_FALSE(bhimRemoved.ok());
    CHECK(bhimRemoved.error().message.contains(QStringLiteral("meetings (3) and targets (1)")));
    CHECK(village.findMember(binh.id).has_value());
    CHECK(village.findMember(bhim.id).has_value());
}

TEST_CASE("Removing a member puts them and their records in the bin, restoring brings back exactly that")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const Dataset before = village.everything();
    const Member tu = village.storedMember(VillageFixture::member("Đinh Văn Tú"));
    const auto removed =
        RecordEditing::apply(*village.workspace, secretary, Change<Member>{tu, std::nullopt});
    INFO(errorOf(removed));
    REQUIRE(removed.ok());
    REQUIRE_FALSE(removed->isNull());

    const Dataset after = village.everything();
    CHECK_FALSE(village.findMember(tu.id).has_value());
    CHECK(after.members.size() == before.members.size() - 1);
    CHECK(after.assignments.size() == before.assignments.size() - 1);
    CHECK(after.leaves.size() == before.leaves.size() - 1);
    CHECK(after.dues.size() == before.dues.size() - 1);
    CHECK(after.violations.isEmpty());
    CHECK(after.commendations.isEmpty());
    CHECK(after.ratings.size() == before.ratings.size() - 1);

    const auto entries = RecycleBin::list(*village.workspace, {VillageFixture::eaKring()});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().id == *removed);
    CHECK(entries->first().kind == QStringLiteral("member"));
    CHECK(entries->first().recordId == tu.id);
    CHECK(entries->first().orgId == VillageFixture::eaKring());
    CHECK(entries->first().label == text("Đinh Văn Tú"));
    CHECK(entries->first().deletedBy == text("Nguyễn Văn An"));

    const Status restored = RecycleBin::restore(*village.workspace, secretary, *removed);
    INFO((restored ? QString() : restored.error().toString()));
    REQUIRE(restored.ok());
    CHECK(village.everything() == before);
    CHECK(RecycleBin::list(*village.workspace)->isEmpty());
}

TEST_CASE("A locked meeting changes only by reopening with a note")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const Meeting locked = *village.findMeeting(VillageFixture::meeting("september"));
    Meeting edited = locked;
    edited.minutes += text(" Bổ sung ý kiến của đồng chí Bình.");
    const auto refused = RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{locked, edited});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("locked_meeting"));
    CHECK(refused.error().message.contains(QStringLiteral("05/09/2026")));
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{locked, std::nullopt})
              .error()
              .code == QStringLiteral("locked_meeting"));

    // An appended reopening event without a note, or with other edits, is refused as well.
    Meeting silent = locked;
    silent.state = MeetingState::MinutesApproved;
    silent.lifecycle.append({MeetingState::MinutesApproved, secretary.userName, VillageFixture::now(), {}});
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{locked, silent}).error().code ==
          QStringLiteral("locked_meeting"));
    const auto reopened = MeetingPlanning::transition(locked, MeetingState::MinutesApproved, secretary,
                                                      VillageFixture::now(), text("Bổ sung biên bản"));
    REQUIRE(reopened.ok());
    Meeting reopenedAndEdited = *reopened;
    reopenedAndEdited.minutes = edited.minutes;
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{locked, reopenedAndEdited})
              .error()
              .code == QStringLiteral("locked_meeting"));

    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{locked, *reopened}).ok());
    CHECK(village.findMeeting(locked.id) == *reopened);
    CHECK(reopened->lifecycle.constLast().note == text("Bổ sung biên bản"));
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{*reopened, reopenedAndEdited})
                .ok());
    CHECK(village.findMeeting(locked.id) == reopenedAndEdited);
}

TEST_CASE(
    "Removing a meeting takes its attendance, targets and ratings to the bin, and restoring returns them")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const Dataset before = village.everything();
    const Meeting october = *village.findMeeting(VillageFixture::meeting("october"));
    const auto removed =
        RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{october, std::nullopt});
    INFO(errorOf(removed));
    REQUIRE(removed.ok());
    CHECK_FALSE(village.findMeeting(october.id).has_value());
    CHECK_FALSE(village.findTarget(VillageFixture::target("done")).has_value());
    CHECK_FALSE(village.findTarget(VillageFixture::target("overdue")).has_value());
    CHECK(village.findTarget(VillageFixture::target("sanitation")).has_value());
    const auto entries = RecycleBin::list(*village.workspace);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().label == text("Meeting on 10/10/2026 — Chi bộ buôn Ea Kring"));

    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *removed).ok());
    CHECK(village.everything() == before);

    // A meeting with ratings: they go and come back with it once it is no longer locked.
    const Meeting september = *village.findMeeting(VillageFixture::meeting("september"));
    const auto reopened = MeetingPlanning::transition(september, MeetingState::Held, secretary,
                                                      VillageFixture::now(), text("Nhập nhầm ngày họp"));
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{september, *reopened}).ok());
    const Dataset reopenedState = village.everything();
    const auto gone =
        RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{*reopened, std::nullopt});
    REQUIRE(gone.ok());
    CHECK(village.everything().ratings.size() == before.ratings.size() - 1);
    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *gone).ok());
    CHECK(village.everything() == reopenedState);
}

TEST_CASE("Targets are created, updated, removed to the bin and restored")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    Target road;
    road.id = QUuid::createUuid();
    road.orgId = VillageFixture::eaKring();
    road.meetingId = VillageFixture::meeting("october");
    road.title = text("Làm 200 mét đường liên buôn");
    road.dueMonth = {2027, 3};
    road.planned = 200;
    road.unit = text("mét");
    road.ownerMemberId = VillageFixture::member("Nguyễn Văn An");
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Target>{std::nullopt, road}).ok());
    CHECK(village.findTarget(road.id) == road);
    Target progressed = road;
    progressed.actual = 120;
    progressed.note = text("Đã đổ bê tông 120 mét");
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Target>{road, progressed}).ok());
    CHECK(village.findTarget(road.id) == progressed);
    const auto removed =
        RecordEditing::apply(*village.workspace, secretary, Change<Target>{progressed, std::nullopt});
    REQUIRE(removed.ok());
    CHECK_FALSE(village.findTarget(road.id).has_value());
    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *removed).ok());
    CHECK(village.findTarget(road.id) == progressed);
    CHECK(RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfThon1(),
                               Change<Target>{progressed, std::nullopt})
              .error()
              .code == QStringLiteral("permission_denied"));
}

TEST_CASE("Assignments, disciplines and leave are saved for the member's cell")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const Dataset start = village.everything();
    const QUuid binh = VillageFixture::member("Đặng Thị Bình");

    Assignment assignment = start.assignments.first();
    REQUIRE(assignment.memberId == binh);
    Assignment followed = assignment;
    followed.followUps.append({QDate(2026, 11, 20), text("Đã vận động 2 hộ thoát nghèo")});
    REQUIRE(
        RecordEditing::apply(*village.workspace, secretary, Change<Assignment>{assignment, followed}).ok());
    CHECK(village.everything().assignments.contains(followed));

    Discipline warning{QUuid::createUuid(),
                       DisciplineSubject::Member,
                       binh,
                       {},
                       DisciplineForm::Warning,
                       QDate(2026, 11, 12),
                       text("Chi bộ buôn Ea Kring"),
                       text("Số 5-QĐ/CB"),
                       text("Không thực hiện nhiệm vụ được phân công"),
                       false,
                       false};
    REQUIRE(
        RecordEditing::apply(*village.workspace, secretary, Change<Discipline>{std::nullopt, warning}).ok());
    CHECK(village.everything().disciplines.contains(warning));
    // A probationary member can only be reprimanded or warned: removal from a post is refused.
    Discipline removal = warning;
    removal.id = QUuid::createUuid();
    removal.memberId = VillageFixture::member("Phan Thị Hoa");
    removal.form = DisciplineForm::Expulsion;
    CHECK_FALSE(
        RecordEditing::apply(*village.workspace, secretary, Change<Discipline>{std::nullopt, removal}).ok());

    const Leave sick{QUuid::createUuid(),   binh, LeaveKind::Sick, QDate(2026, 11, 2), QDate(2026, 11, 9),
                     text("Sốt xuất huyết")};
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Leave>{std::nullopt, sick}).ok());
    const auto leaveRemoved =
        RecordEditing::apply(*village.workspace, secretary, Change<Leave>{sick, std::nullopt});
    REQUIRE(leaveRemoved.ok());
    CHECK_FALSE(village.everything().leaves.contains(sick));
    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *leaveRemoved).ok());
    CHECK(village.everything().leaves.contains(sick));
}

TEST_CASE("Dues are saved by member and month, and removed to the bin")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const QUuid binh = VillageFixture::member("Đặng Thị Bình");
    const DuesRecord november{binh, {2026, 11}, DuesState::Unpaid, 0};
    DuesRecord paid = november;
    paid.state = DuesState::Paid;
    paid.amount = 30000;
    REQUIRE(
        RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{std::nullopt, november}).ok());
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{november, paid}).ok());
    CHECK(village.everything().dues.contains(paid));
    const auto duesRemoved =
        RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{paid, std::nullopt});
    REQUIRE(duesRemoved.ok());
    CHECK_FALSE(village.everything().dues.contains(paid));
    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *duesRemoved).ok());
    CHECK(village.everything().dues.contains(paid));
    DuesRecord otherMonth = paid;
    otherMonth.month = {2026, 12};
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{paid, otherMonth})
              .error()
              .code == QStringLiteral("invalid_change"));

    CHECK(RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfThon1(),
                               Change<DuesRecord>{paid, std::nullopt})
              .error()
              .code == QStringLiteral("permission_denied"));
}
