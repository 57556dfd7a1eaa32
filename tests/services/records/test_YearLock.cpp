// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/YearLock.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {} // namespace

TEST_CASE("Locking a year needs a committee member or an administrator and covers everything below")
{
    VillageFixture village;
    Workspace& workspace = *village.workspace;
    const Status bySecretary = YearLock::lock(workspace, VillageFixture::secretaryOfEaKring(),
                                              VillageFixture::eaSin(), 2025, VillageFixture::now());
    REQUIRE_FALSE(bySecretary.ok());
    CHECK(bySecretary.error().code == QStringLiteral("permission_denied"));
    CHECK_FALSE(YearLock::lockOf(workspace, VillageFixture::eaKring(), 2025)->has_value());

    REQUIRE(YearLock::lock(workspace, VillageFixture::committeeMember(), VillageFixture::eaSin(), 2025,
                           VillageFixture::now())
                .ok());
    const auto covering = YearLock::lockOf(workspace, VillageFixture::eaKring(), 2025);
    REQUIRE(covering.ok());
    REQUIRE(covering->has_value());
    CHECK(**covering ==
          LockedYear{VillageFixture::eaSin(), 2025, VillageFixture::now(), text("Hoàng Văn Sơn")});
    CHECK_FALSE(YearLock::lockOf(workspace, VillageFixture::eaKring(), 2026)->has_value());

    const Status again = YearLock::lock(workspace, VillageFixture::admin(), VillageFixture::eaKring(), 2025,
                                        VillageFixture::now());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("already_locked"));
    CHECK(again.error().message.contains(text("Đảng bộ xã Ea Sin")));
    CHECK(YearLock::lock(workspace, VillageFixture::admin(), VillageFixture::eaKring(), 2026,
                         VillageFixture::now())
              .ok());
}

TEST_CASE("Unlocking is an administrator's act with a reason, and the lock stays on record")
{
    VillageFixture village;
    Workspace& workspace = *village.workspace;
    REQUIRE(YearLock::lock(workspace, VillageFixture::committeeMember(), VillageFixture::eaSin(), 2025,
                           VillageFixture::now())
                .ok());
    const QString reason = text("Xếp loại lại theo kết luận kiểm tra của Ủy ban Kiểm tra Đảng ủy xã");
    CHECK(
        YearLock::unlock(workspace, VillageFixture::committeeMember(), VillageFixture::eaSin(), 2025, reason)
            .error()
            .code == QStringLiteral("permission_denied"));
    CHECK(YearLock::unlock(workspace, VillageFixture::admin(), VillageFixture::eaSin(), 2025,
                           QStringLiteral(" "))
              .error()
              .code == QStringLiteral("reason_required"));
    const Status belowIt =
        YearLock::unlock(workspace, VillageFixture::admin(), VillageFixture::eaKring(), 2025, reason);
    REQUIRE_FALSE(belowIt.ok());
    CHECK(belowIt.error().code == QStringLiteral("not_locked"));
    CHECK(belowIt.error().message.contains(text("Đảng bộ xã Ea Sin")));

    const QDateTime later = VillageFixture::now().addDays(3);
    REQUIRE(YearLock::unlock(workspace, VillageFixture::admin(), VillageFixture::eaSin(), 2025, reason, later)
                .ok());
    CHECK_FALSE(YearLock::lockOf(workspace, VillageFixture::eaKring(), 2025)->has_value());
    CHECK(YearLock::unlock(workspace, VillageFixture::admin(), VillageFixture::eaSin(), 2025, reason)
              .error()
              .code == QStringLiteral("not_locked"));

    const auto history = workspace.storage().locks().history(VillageFixture::eaSin());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().lockedBy == text("Hoàng Văn Sơn"));
    CHECK(history->first().unlockedBy == text("Quản trị viên"));
    CHECK(history->first().unlockedAt == later);
    CHECK(history->first().unlockReason == reason);
    // Locked again later, the earlier lock is still there.
    REQUIRE(YearLock::lock(workspace, VillageFixture::admin(), VillageFixture::eaSin(), 2025).ok());
    CHECK(workspace.storage().locks().history(VillageFixture::eaSin())->size() == 2);
}
