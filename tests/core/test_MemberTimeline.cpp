// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MemberTimeline.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::idFor;

namespace {

const QUuid eaKring = idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
const QUuid thon1 = idFor(QStringLiteral("Chi bộ thôn 1"));

void addEvent(Member& member, QDate date, StatusEventKind kind)
{
    member.statusEvents.append({idFor(member.fullName + date.toString(Qt::ISODate)), date, kind, {}, {}});
}

} // namespace

TEST_CASE("status follows admission and recognition dates")
{
    const Member an =
        aMember(QStringLiteral("Nguyễn Văn An"), eaKring, QDate(2024, 5, 19), QDate(2026, 1, 1));
    const MemberTimeline timeline(an);
    CHECK(timeline.stateOn(QDate(2024, 5, 18)).standing == Standing::NotMember);
    CHECK(timeline.stateOn(QDate(2024, 5, 19)).standing == Standing::Probationary);
    CHECK(timeline.stateOn(QDate(2025, 5, 18)).standing == Standing::Probationary);
    CHECK(timeline.stateOn(QDate(2025, 5, 19)).standing == Standing::Full);
    CHECK(MemberTimeline::probationEnd(QDate(2024, 2, 29)) == QDate(2025, 2, 28));
}

TEST_CASE("exemption and suspension are dated overlays on the standing")
{
    Member binh = aMember(QStringLiteral("Đặng Thị Bình"), eaKring, QDate(1990, 3, 3), QDate(2026, 1, 1));
    addEvent(binh, QDate(2025, 6, 1), StatusEventKind::ExemptionStarted);
    addEvent(binh, QDate(2025, 9, 1), StatusEventKind::ExemptionEnded);
    addEvent(binh, QDate(2025, 10, 10), StatusEventKind::Suspended);
    const MemberTimeline timeline(binh);
    CHECK_FALSE(timeline.stateOn(QDate(2025, 5, 31)).exempt);
    CHECK(timeline.stateOn(QDate(2025, 6, 1)).exempt);
    CHECK(timeline.stateOn(QDate(2025, 6, 1)).standing == Standing::Full);
    CHECK_FALSE(timeline.stateOn(QDate(2025, 9, 1)).exempt);
    CHECK(timeline.stateOn(QDate(2025, 12, 31)).suspended);
}

TEST_CASE("expected attendance is derived from dated status and registration")
{
    Member cuong = aMember(QStringLiteral("Lê Văn Cường"), eaKring, QDate(2010, 1, 10), QDate(2026, 1, 1));
    addEvent(cuong, QDate(2025, 4, 1), StatusEventKind::ExemptionStarted);
    const MemberTimeline timeline(cuong);
    CHECK(timeline.expectationAt(eaKring, QDate(2025, 3, 8)) == NotExpectedReason::None);
    CHECK(timeline.expectationAt(eaKring, QDate(2025, 4, 8)) == NotExpectedReason::Exempt);
    CHECK(timeline.expectationAt(thon1, QDate(2025, 3, 8)) == NotExpectedReason::NotInCell);
    CHECK(timeline.expectationAt(eaKring, QDate(2009, 12, 1)) == NotExpectedReason::NotYetAdmitted);
}

TEST_CASE("a suspended or departed member is not expected")
{
    Member dung = aMember(QStringLiteral("Trần Văn Dũng"), thon1, QDate(2015, 8, 2), QDate(2026, 1, 1));
    addEvent(dung, QDate(2025, 2, 20), StatusEventKind::Suspended);
    addEvent(dung, QDate(2025, 8, 20), StatusEventKind::SuspensionLifted);
    addEvent(dung, QDate(2025, 11, 30), StatusEventKind::Deceased);
    const MemberTimeline timeline(dung);
    CHECK(timeline.expectationAt(thon1, QDate(2025, 3, 5)) == NotExpectedReason::Suspended);
    CHECK(timeline.isExpectedAt(thon1, QDate(2025, 9, 5)));
    CHECK(timeline.expectationAt(thon1, QDate(2025, 12, 5)) == NotExpectedReason::Left);
    CHECK(timeline.stateOn(QDate(2025, 12, 5)).leftBy == LeaveReason::Deceased);
}

TEST_CASE("a transfer between cells moves the expected meeting")
{
    Member em = aMember(QStringLiteral("Phạm Thị Em"), eaKring, QDate(2012, 4, 4), QDate(2026, 1, 1));
    em.memberships[0].to = QDate(2025, 6, 30);
    em.memberships.append(
        {idFor(QStringLiteral("em/thon1")), thon1, QDate(2025, 7, 1), {}, CellMembership::Kind::Official});
    const MemberTimeline timeline(em);
    CHECK(timeline.isExpectedAt(eaKring, QDate(2025, 6, 7)));
    CHECK_FALSE(timeline.isExpectedAt(thon1, QDate(2025, 6, 7)));
    CHECK(timeline.isExpectedAt(thon1, QDate(2025, 7, 7)));
    CHECK(timeline.expectationAt(eaKring, QDate(2025, 7, 7)) == NotExpectedReason::NotInCell);
    CHECK(timeline.check().isEmpty());
}

TEST_CASE("a temporary registration takes precedence over the official cell")
{
    Member giang = aMember(QStringLiteral("Vũ Thị Giang"), eaKring, QDate(2018, 9, 2), QDate(2026, 1, 1));
    giang.memberships.append({idFor(QStringLiteral("giang/temp")), thon1, QDate(2025, 3, 1),
                              QDate(2025, 8, 31), CellMembership::Kind::Temporary});
    const MemberTimeline timeline(giang);
    CHECK(timeline.attendingCellOn(QDate(2025, 4, 1)) == thon1);
    CHECK(timeline.officialCellOn(QDate(2025, 4, 1)) == eaKring);
    CHECK(timeline.isExpectedAt(thon1, QDate(2025, 4, 1)));
    CHECK_FALSE(timeline.isExpectedAt(eaKring, QDate(2025, 4, 1)));
    CHECK(timeline.isExpectedAt(eaKring, QDate(2025, 9, 1)));
}

TEST_CASE("a temporary transfer outside the system makes the member away until return")
{
    Member hung = aMember(QStringLiteral("Hoàng Văn Hùng"), eaKring, QDate(2016, 1, 5), QDate(2026, 1, 1));
    addEvent(hung, QDate(2025, 2, 1), StatusEventKind::TransferredOutTemporary);
    addEvent(hung, QDate(2025, 5, 1), StatusEventKind::ReturnedFromTemporary);
    const MemberTimeline timeline(hung);
    CHECK(timeline.expectationAt(eaKring, QDate(2025, 3, 1)) == NotExpectedReason::AwayTemporarily);
    CHECK(timeline.isExpectedAt(eaKring, QDate(2025, 5, 8)));
}

TEST_CASE("an official transfer out and back restores the earlier standing")
{
    Member khanh = aMember(QStringLiteral("Bùi Văn Khánh"), eaKring, QDate(2024, 10, 1));
    addEvent(khanh, QDate(2025, 1, 15), StatusEventKind::TransferredOutOfficial);
    addEvent(khanh, QDate(2025, 3, 15), StatusEventKind::TransferredInOfficial);
    const MemberTimeline timeline(khanh);
    CHECK(timeline.stateOn(QDate(2025, 2, 1)).standing == Standing::Left);
    CHECK(timeline.stateOn(QDate(2025, 2, 1)).leftBy == LeaveReason::TransferredOut);
    CHECK(timeline.stateOn(QDate(2025, 4, 1)).standing == Standing::Probationary);
}

TEST_CASE("events on the same day apply in recorded order")
{
    Member lan = aMember(QStringLiteral("Ngô Thị Lan"), eaKring, QDate(2000, 1, 1), QDate(2026, 1, 1));
    addEvent(lan, QDate(2025, 5, 5), StatusEventKind::ExemptionStarted);
    addEvent(lan, QDate(2025, 5, 5), StatusEventKind::ExemptionEnded);
    CHECK_FALSE(MemberTimeline(lan).stateOn(QDate(2025, 5, 5)).exempt);
}

TEST_CASE("positions are held over dated terms")
{
    Member mai = aMember(QStringLiteral("Đỗ Thị Mai"), eaKring, QDate(2005, 6, 6), QDate(2026, 1, 1));
    mai.positions.append({idFor(QStringLiteral("mai/bt")), eaKring, Position::Secretary, QDate(2020, 7, 1),
                          QDate(2025, 6, 30)});
    const MemberTimeline timeline(mai);
    CHECK(timeline.holdsPostOn(QDate(2025, 6, 30)));
    CHECK_FALSE(timeline.holdsPostOn(QDate(2025, 7, 1)));
    CHECK(timeline.positionsOn(QDate(2024, 1, 1)).size() == 1);
}

TEST_CASE("history checks report recognition without probation and overlapping registrations")
{
    Member bad;
    bad.id = idFor(QStringLiteral("Lý Văn Nam"));
    bad.fullName = QStringLiteral("Lý Văn Nam");
    bad.statusEvents.append(
        {idFor(QStringLiteral("nam/r")), QDate(2020, 1, 1), StatusEventKind::Recognised, {}, {}});
    bad.memberships.append(
        {idFor(QStringLiteral("nam/1")), eaKring, QDate(2020, 1, 1), {}, CellMembership::Kind::Official});
    bad.memberships.append(
        {idFor(QStringLiteral("nam/2")), thon1, QDate(2022, 1, 1), {}, CellMembership::Kind::Official});
    const Diagnostics found = MemberTimeline(bad).check();
    REQUIRE(found.size() == 2);
    CHECK(found[0].code == QStringLiteral("member.recognised-without-probation"));
    CHECK(found[1].code == QStringLiteral("member.memberships-overlap"));
    CHECK(found[1].message.contains(QStringLiteral("Lý Văn Nam")));
}

TEST_CASE("the cell of record is the attended cell, or the latest registration for someone who left")
{
    Member phuc = aMember(QStringLiteral("Lê Văn Phúc"), thon1, QDate(2008, 3, 3), QDate(2026, 1, 1));
    phuc.memberships[0].to = QDate(2024, 12, 31);
    phuc.memberships.append({idFor(QStringLiteral("phuc/kring")), eaKring, QDate(2025, 1, 1),
                             QDate(2025, 6, 30), CellMembership::Kind::Official});
    addEvent(phuc, QDate(2025, 6, 30), StatusEventKind::TransferredOutOfficial);
    const MemberTimeline timeline(phuc);
    CHECK(timeline.cellOfRecordOn(QDate(2024, 6, 1)) == thon1);
    CHECK(timeline.cellOfRecordOn(QDate(2025, 9, 1)) == eaKring);
    CHECK(timeline.cellOfRecordOn(QDate(2007, 1, 1)).isNull());
}
