// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/RecordEditing.h"
#include "services/RecycleBin.h"
#include "services/YearLock.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {

QStringList labelsOf(const Result<QList<DeletedRecord>>& entries)
{
    REQUIRE(entries.ok());
    QStringList labels;
    for (const DeletedRecord& entry : *entries)
        labels.append(entry.label);
    return labels;
}

QUuid removeTarget(VillageFixture& village, const Session& session, const char* name)
{
    const Target target = *village.findTarget(VillageFixture::target(name));
    const auto removed =
        RecordEditing::apply(*village.workspace, session, Change<Target>{target, std::nullopt});
    REQUIRE(removed.ok());
    return *removed;
}

} // namespace

TEST_CASE("The bin lists the entries of an organisation and those below it, newest first")
{
    VillageFixture village;
    const Session admin = VillageFixture::admin();
    const QUuid first = removeTarget(village, admin, "admission");
    const QUuid second = removeTarget(village, admin, "thon1");
    const QUuid third = removeTarget(village, admin, "next-year");

    const auto all = RecycleBin::list(*village.workspace);
    CHECK(labelsOf(all) == QStringList{text("Target “Kết nạp 3 đảng viên mới”"),
                                       text("Target “Làm 300 mét đường bê tông”"),
                                       text("Target “Kết nạp 2 đảng viên mới”")});
    CHECK(all->at(0).id == third);
    CHECK(all->at(1).id == second);
    CHECK(all->at(2).id == first);
    CHECK(all->at(1).orgId == VillageFixture::thon1());
    CHECK(all->at(1).kind == QStringLiteral("target"));
    CHECK(all->at(0).deletedAt >= all->at(2).deletedAt);
    CHECK(all->at(0).deletedBy == text("Quản trị viên"));

    CHECK(labelsOf(RecycleBin::list(*village.workspace, {VillageFixture::eaKring()})) ==
          QStringList{text("Target “Kết nạp 3 đảng viên mới”"), text("Target “Kết nạp 2 đảng viên mới”")});
    CHECK(labelsOf(RecycleBin::list(*village.workspace, {VillageFixture::thon1()})) ==
          QStringList{text("Target “Làm 300 mét đường bê tông”")});
    CHECK(RecycleBin::list(*village.workspace, {VillageFixture::eaSin()})->size() == 3);
    CHECK(RecycleBin::list(*village.workspace, {test::idFor(QStringLiteral("nowhere"))})->isEmpty());
}

TEST_CASE("A restore that cannot put everything back changes nothing")
{
    VillageFixture village;
    const Session admin = VillageFixture::admin();
    const Target admission = *village.findTarget(VillageFixture::target("admission"));
    const QUuid entry = removeTarget(village, admin, "admission");

    // The same id was used again meanwhile: the entry stays in the bin and the new record stays as it is.
    Target reused = admission;
    reused.title = text("Kết nạp 1 đảng viên mới");
    REQUIRE(RecordEditing::apply(*village.workspace, admin, Change<Target>{std::nullopt, reused}).ok());
    const Status clash = RecycleBin::restore(*village.workspace, admin, entry);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == QStringLiteral("restore_failed"));
    CHECK(clash.error().message.contains(text("Kết nạp 2 đảng viên mới")));
    CHECK(village.findTarget(admission.id) == reused);
    CHECK(RecycleBin::list(*village.workspace)->size() == 1);

    // What the entry refers to is gone: a removed leave of a member who was removed after it.
    const Dataset all = village.everything();
    const auto tuLeave = std::find_if(all.leaves.begin(), all.leaves.end(), [](const Leave& l) {
        return l.memberId == VillageFixture::member("Đinh Văn Tú");
    });
    REQUIRE(tuLeave != all.leaves.end());
    const auto leaveEntry =
        RecordEditing::apply(*village.workspace, admin, Change<Leave>{*tuLeave, std::nullopt});
    REQUIRE(leaveEntry.ok());
    const Member tu = village.storedMember(VillageFixture::member("Đinh Văn Tú"));
    REQUIRE(RecordEditing::apply(*village.workspace, admin, Change<Member>{tu, std::nullopt}).ok());
    const Status orphan = RecycleBin::restore(*village.workspace, admin, *leaveEntry);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message.contains(
        VillageFixture::member("Đinh Văn Tú").toString(QUuid::WithoutBraces)));

    const Status unknown = RecycleBin::restore(*village.workspace, admin, QUuid::createUuid());
    CHECK(unknown.error().code == QStringLiteral("not_in_bin"));
}

TEST_CASE("Restoring needs the permission the removal needed, and an open year")
{
    VillageFixture village;
    const QUuid entry = removeTarget(village, VillageFixture::secretaryOfEaKring(), "sanitation");
    const Status otherCell =
        RecycleBin::restore(*village.workspace, VillageFixture::secretaryOfThon1(), entry);
    REQUIRE_FALSE(otherCell.ok());
    CHECK(otherCell.error().code == QStringLiteral("permission_denied"));
    const Status committee =
        RecycleBin::restore(*village.workspace, VillageFixture::committeeMember(), entry);
    CHECK(committee.error().code == QStringLiteral("permission_denied"));

    REQUIRE(YearLock::lock(*village.workspace, VillageFixture::committeeMember(), VillageFixture::eaKring(),
                           2026, VillageFixture::now())
                .ok());
    const Status locked =
        RecycleBin::restore(*village.workspace, VillageFixture::secretaryOfEaKring(), entry);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("year_locked"));
    CHECK_FALSE(village.findTarget(VillageFixture::target("sanitation")).has_value());
    REQUIRE(YearLock::unlock(*village.workspace, VillageFixture::admin(), VillageFixture::eaKring(), 2026,
                             text("Khóa nhầm năm"), VillageFixture::now())
                .ok());
    REQUIRE(RecycleBin::restore(*village.workspace, VillageFixture::secretaryOfEaKring(), entry).ok());
    CHECK(village.findTarget(VillageFixture::target("sanitation")).has_value());
}
