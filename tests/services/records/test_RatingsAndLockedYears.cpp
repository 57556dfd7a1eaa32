// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/RecordEditing.h"
#include "services/RecycleBin.h"
#include "services/YearLock.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <algorithm>

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {} // namespace

TEST_CASE("Ratings belong to their subject's organisation, a locked meeting's are kept")
{
    VillageFixture village;
    const Session secretary = VillageFixture::secretaryOfEaKring();
    Rating leadership{QUuid::createUuid(),
                      QStringLiteral("chi-bo-bon-tot"),
                      QStringLiteral("lanh-dao-nhiem-vu-chinh-tri"),
                      VillageFixture::eaKring(),
                      QStringLiteral("2026"),
                      QStringLiteral("tot"),
                      text("Hoàn thành các chỉ tiêu nghị quyết năm"),
                      text("Nguyễn Văn An"),
                      QDate(2026, 11, 21)};
    REQUIRE(
        RecordEditing::apply(*village.workspace, secretary, Change<Rating>{std::nullopt, leadership}).ok());
    Rating revised = leadership;
    revised.value = QStringLiteral("xuat-sac");
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Rating>{leadership, revised}).ok());
    CHECK(village.everything().ratings.contains(revised));
    // Another rating of the same indicator, subject and period would replace this one: refused.
    Rating duplicate = leadership;
    duplicate.id = QUuid::createUuid();
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Rating>{std::nullopt, duplicate})
              .error()
              .code == QStringLiteral("changed_elsewhere"));
    CHECK(RecordEditing::apply(*village.workspace, VillageFixture::secretaryOfThon1(),
                               Change<Rating>{revised, std::nullopt})
              .error()
              .code == QStringLiteral("permission_denied"));
    const auto removed =
        RecordEditing::apply(*village.workspace, secretary, Change<Rating>{revised, std::nullopt});
    REQUIRE(removed.ok());
    CHECK_FALSE(village.everything().ratings.contains(revised));
    REQUIRE(RecycleBin::restore(*village.workspace, secretary, *removed).ok());
    CHECK(village.everything().ratings.contains(revised));

    const Dataset all = village.everything();
    const auto ofLocked = std::find_if(all.ratings.begin(), all.ratings.end(), [](const Rating& r) {
        return r.subjectId == VillageFixture::meeting("september");
    });
    REQUIRE(ofLocked != all.ratings.end());
    Rating changed = *ofLocked;
    changed.value = QStringLiteral("no");
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Rating>{*ofLocked, changed})
              .error()
              .code == QStringLiteral("locked_meeting"));
}

TEST_CASE("Records of a locked year are not changed, other years and undated fields still are")
{
    VillageFixture village;
    REQUIRE(YearLock::lock(*village.workspace, VillageFixture::committeeMember(), VillageFixture::eaSin(),
                           2026, VillageFixture::now())
                .ok());
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const QUuid binh = VillageFixture::member("Đặng Thị Bình");
    const DuesRecord october{binh, {2026, 10}, DuesState::Paid, 30000};
    DuesRecord corrected = october;
    corrected.amount = 35000;
    const auto refused =
        RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{october, corrected});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("year_locked"));
    CHECK(refused.error().message.contains(QStringLiteral("2026")));
    CHECK(refused.error().message.contains(text("Đảng bộ xã Ea Sin")));
    CHECK(village.everything().dues.contains(october));

    const DuesRecord january{binh, {2027, 1}, DuesState::Paid, 30000};
    CHECK(
        RecordEditing::apply(*village.workspace, secretary, Change<DuesRecord>{std::nullopt, january}).ok());

    const Member stored = village.storedMember(binh);
    Member phone = stored;
    phone.phone = QStringLiteral("0905999888");
    REQUIRE(RecordEditing::apply(*village.workspace, secretary, Change<Member>{stored, phone}).ok());
    Member exempt = phone;
    exempt.statusEvents.append(
        {QUuid::createUuid(), QDate(2026, 11, 1), StatusEventKind::ExemptionStarted, {}, {}});
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Member>{phone, exempt}).error().code ==
          QStringLiteral("year_locked"));
    // Ending a registration in 2027 touches 2027 only.
    Member leaving = phone;
    leaving.memberships.first().to = QDate(2027, 1, 31);
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Member>{phone, leaving}).ok());

    const Meeting october2026 = *village.findMeeting(VillageFixture::meeting("october"));
    Meeting edited = october2026;
    edited.speakersCount = 7;
    CHECK(RecordEditing::apply(*village.workspace, secretary, Change<Meeting>{october2026, edited})
              .error()
              .code == QStringLiteral("year_locked"));
}
