// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using namespace chibo::test;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

TrashEntry entry(const char* label, const QUuid& orgId, QDateTime deletedAt)
{
    const QString name = QString::fromUtf8(label);
    return TrashEntry{idFor(u"bin/" + name),
                      QStringLiteral("target"),
                      idFor(name),
                      orgId,
                      name,
                      QStringLiteral("{\"format\":\"chibo-dataset\"}"),
                      deletedAt,
                      QStringLiteral("Nguyễn Văn An")};
}

QStringList labelsOf(const QList<TrashEntry>& entries)
{
    QStringList labels;
    for (const TrashEntry& e : entries)
        labels.append(e.label);
    return labels;
}

QStringList titlesOf(const Result<QList<Target>>& targets)
{
    REQUIRE(targets.ok());
    QStringList titles;
    for (const Target& t : *targets)
        titles.append(t.title);
    return titles;
}

} // namespace

TEST_CASE("The recycle bin lists entries by organisation, newest first, and gives one back with its payload")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    TrashRepository& trash = storage.trash();
    REQUIRE(trash.add(entry("Đường bê tông", eaKring(), at(20, 8))).ok());
    REQUIRE(trash.add(entry("Chỉ tiêu Kdrô", kdro(), at(21, 8))).ok());
    REQUIRE(trash.add(entry("Kết nạp đảng viên", eaKring(), at(21, 9))).ok());

    CHECK(labelsOf(*trash.entries({})) == QStringList{QStringLiteral("Kết nạp đảng viên"),
                                                      QStringLiteral("Chỉ tiêu Kdrô"),
                                                      QStringLiteral("Đường bê tông")});
    const auto eaKringEntries = trash.entries({eaKring(), thon3()});
    REQUIRE(eaKringEntries.ok());
    CHECK(labelsOf(*eaKringEntries) ==
          QStringList{QStringLiteral("Kết nạp đảng viên"), QStringLiteral("Đường bê tông")});
    CHECK(eaKringEntries->first().payload.isEmpty()); // a listing leaves the payloads out
    CHECK(eaKringEntries->first().deletedAt == at(21, 9));

    const TrashEntry road = entry("Đường bê tông", eaKring(), at(20, 8));
    CHECK(trash.find(road.id)->value() == road);
    REQUIRE(trash.remove(road.id).ok());
    CHECK_FALSE(trash.find(road.id)->has_value());
    CHECK(trash.remove(road.id).error().code == QStringLiteral("storage.not-found"));

    TrashEntry anonymous = entry("Không rõ", eaKring(), at(22, 8));
    anonymous.deletedBy.clear();
    CHECK(trash.add(anonymous).error().code == QStringLiteral("storage.invalid"));
}

TEST_CASE("A year has at most one current lock per organisation, unlocking keeps the lock with its reason")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    LockRepository& locks = storage.locks();
    const YearLockEntry lock{eaSin(), 2025, at(1, 8), QStringLiteral("Hoàng Văn Sơn"), {}, {}, {}};
    REQUIRE(locks.lock(lock).ok());
    REQUIRE(locks.lock({cuNe(), 2025, at(2, 8), QStringLiteral("Trần Thị Hoa"), {}, {}, {}}).ok());
    REQUIRE(locks.lock({eaSin(), 2024, at(3, 8), QStringLiteral("Hoàng Văn Sơn"), {}, {}, {}}).ok());
    CHECK(locks.lock(lock).error().code == QStringLiteral("storage.constraint"));
    CHECK(locks
              .lock({idFor(QStringLiteral("nowhere")),
                     2025,
                     at(1, 8),
                     QStringLiteral("Hoàng Văn Sơn"),
                     {},
                     {},
                     {}})
              .error()
              .code == QStringLiteral("storage.missing-reference"));

    CHECK(locks.current({eaSin()}, 2025)->size() == 1);
    CHECK(locks.current({eaSin()}, 0)->size() == 2);
    CHECK(locks.current({}, 2025)->size() == 2);
    CHECK(locks.current({eaKring()}, 0)->isEmpty());

    CHECK(locks.unlock(eaSin(), 2025, at(5, 8), QStringLiteral("Quản trị viên"), {}).error().code ==
          QStringLiteral("storage.invalid"));
    REQUIRE(locks
                .unlock(eaSin(), 2025, at(5, 8), QStringLiteral("Quản trị viên"),
                        QStringLiteral("Xếp loại lại theo kết luận của Ủy ban Kiểm tra"))
                .ok());
    CHECK(locks.unlock(eaSin(), 2025, at(5, 9), QStringLiteral("Quản trị viên"), QStringLiteral("Lần nữa"))
              .error()
              .code == QStringLiteral("storage.not-found"));
    CHECK(locks.current({eaSin()}, 2025)->isEmpty());
    REQUIRE(locks.lock({eaSin(), 2025, at(6, 8), QStringLiteral("Hoàng Văn Sơn"), {}, {}, {}}).ok());

    const auto history = locks.history(eaSin());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).year == 2025);
    CHECK(history->at(0).unlockedAt == at(5, 8));
    CHECK(history->at(0).unlockReason == QStringLiteral("Xếp loại lại theo kết luận của Ủy ban Kiểm tra"));
    CHECK_FALSE(history->at(0).isCurrent());
    CHECK(history->at(1).isCurrent());
    CHECK(history->at(2).lockedAt == at(6, 8));
}

TEST_CASE("What refers to a member is counted by meeting and target")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    // An chairs the March meeting of Ea Kring and attends it, and owns the road target.
    CHECK(*storage.members().referencesTo(nguyenVanAn()) == MemberReferences{1, 1});
    CHECK(*storage.members().referencesTo(dangThiBinh()) == MemberReferences{1, 0});
    CHECK_FALSE(storage.members().referencesTo(idFor(QStringLiteral("nobody")))->any());
}

TEST_CASE("The latest earlier meeting of a cell is found, its kind first")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    const MeetingRepository& meetings = storage.meetings();
    const auto combined = meetings.latestBefore(eaKring(), QDate(2025, 4, 1), MeetingKind::Regular);
    REQUIRE(combined.ok());
    REQUIRE(combined->has_value());
    CHECK((*combined)->id == idFor(QStringLiteral("Ea Kring/2025-03")));
    CHECK((*combined)->agenda.size() == 3);
    CHECK_FALSE(meetings.latestBefore(eaKring(), QDate(2025, 3, 5), MeetingKind::Regular)->has_value());
    CHECK_FALSE(meetings.latestBefore(cuNe(), QDate(2026, 1, 1), MeetingKind::Regular)->has_value());
}

TEST_CASE("Open targets, targets set by a meeting, and removing them and dues")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    RecordRepository& records = storage.records();
    CHECK(titlesOf(records.openTargets(eaKring(), QDate(2025, 4, 1))) ==
          QStringList{QStringLiteral("Vận động làm đường bê tông")});
    CHECK(titlesOf(records.openTargets(eaKring(), QDate(2025, 3, 5))).isEmpty());
    CHECK(titlesOf(records.openTargets(eaSin(), QDate(2025, 5, 1))) ==
          QStringList{QStringLiteral("Kết nạp đảng viên mới")});
    CHECK(titlesOf(records.openTargets(eaSin(), QDate(2024, 6, 1))).isEmpty());
    CHECK(titlesOf(records.openTargets(kdro(), QDate(2025, 5, 1))).isEmpty()); // cancelled

    const QUuid march = idFor(QStringLiteral("Ea Kring/2025-03"));
    CHECK(titlesOf(records.targetsSetBy(march)) == QStringList{QStringLiteral("Vận động làm đường bê tông")});
    CHECK(records.findTarget(idFor(QStringLiteral("target/roads")))->value().planned == 500);
    REQUIRE(records.removeTargetsSetBy(march).ok());
    CHECK_FALSE(records.findTarget(idFor(QStringLiteral("target/roads")))->has_value());
    REQUIRE(storage.meetings().remove(march).ok()); // no target refers to it any more

    const QList<DuesRecord> before = *records.dues({nguyenVanAn()});
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE(records.removeDues(nguyenVanAn(), before.first().month).ok());
    CHECK(records.dues({nguyenVanAn()})->size() == before.size() - 1);
    CHECK(records.removeDues(nguyenVanAn(), before.first().month).error().code ==
          QStringLiteral("storage.not-found"));
}
