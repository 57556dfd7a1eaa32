// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/Storage.h"
#include "storage/Transaction.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

Dataset canonical(Dataset dataset)
{
    canonicalise(dataset);
    return dataset;
}

QStringList memberNames(const Dataset& dataset)
{
    QStringList names;
    for (const Member& member : dataset.members)
        names.append(member.fullName);
    return names;
}

/// A commune with `cells` cells of `perCell` members and a year of monthly meetings with full attendance.
Dataset largeDataset(int cells, int perCell)
{
    Dataset data;
    Organisation commune = anOrganisation(QStringLiteral("Đảng bộ xã Ea Tóh"), OrgKind::GrassrootsCommittee);
    data.organisations.append(commune);
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                             QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Đặng"),
                             QStringLiteral("H'")};
    for (int c = 0; c < cells; ++c) {
        const Organisation cell =
            anOrganisation(QStringLiteral("Chi bộ thôn %1").arg(c + 1), OrgKind::SubordinateCell, commune.id);
        data.organisations.append(cell);
        QList<Attendance> attendance;
        for (int m = 0; m < perCell; ++m) {
            const QString name =
                QStringLiteral("%1 Văn Số %2-%3").arg(family[(c + m) % family.size()]).arg(c).arg(m);
            data.members.append(
                aMember(name, cell.id, QDate(2000 + m % 20, 1 + m % 12, 1 + c % 28), QDate(2026, 1, 1)));
            attendance.append({data.members.last().id,
                               m % 7 == 0 ? AttendanceStatus::AbsentExcused : AttendanceStatus::Present,
                               m % 7 == 0 ? AbsenceReason::Work : AbsenceReason::None,
                               {}});
            data.dues.append({data.members.last().id, YearMonth(2025, 1), DuesState::Paid, 10000 + m});
        }
        for (int month = 1; month <= 12; ++month) {
            Meeting meeting;
            meeting.id = idFor(QStringLiteral("%1/%2").arg(cell.name).arg(month));
            meeting.orgId = cell.id;
            meeting.date = QDate(2025, month, 5);
            meeting.agenda = {QStringLiteral("Kiểm điểm tháng %1").arg(month)};
            meeting.attendance = attendance;
            data.meetings.append(meeting);
        }
    }
    return data;
}

} // namespace

TEST_CASE("insertDataset then loadAll gives back the canonical dataset")
{
    auto db = openMemory();
    Storage storage(*db);
    const Dataset input = canonical(sampleDataset());
    REQUIRE(storage.insertDataset(input));
    const auto loaded = storage.loadAll();
    INFO((loaded.ok() ? QString() : loaded.error().toString()));
    REQUIRE(loaded.ok());
    CHECK(loaded->organisations == input.organisations);
    CHECK(loaded->members == input.members);
    CHECK(loaded->meetings == input.meetings);
    CHECK(*loaded == input);

    // A second load is identical: nothing depends on query plans or hash order.
    CHECK(*storage.loadAll() == *loaded);
}

TEST_CASE("canonicalise sorts any order into the order loads produce, and is idempotent")
{
    Dataset shuffled = sampleDataset();
    std::reverse(shuffled.organisations.begin(), shuffled.organisations.end());
    std::reverse(shuffled.members.begin(), shuffled.members.end());
    std::reverse(shuffled.meetings.begin(), shuffled.meetings.end());
    std::reverse(shuffled.targets.begin(), shuffled.targets.end());
    std::reverse(shuffled.dues.begin(), shuffled.dues.end());
    std::reverse(shuffled.commendations.begin(), shuffled.commendations.end());

    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(shuffled)); // children before parents in the input is fine too
    const auto loaded = storage.loadAll();
    REQUIRE(loaded.ok());
    const Dataset once = canonical(shuffled);
    CHECK(*loaded == once);
    CHECK(canonical(once) == once);
    CHECK(memberNames(once) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Y Bhim Niê"),
                                           QStringLiteral("Đặng Thị Bình"), QStringLiteral("Lê Văn Cường"),
                                           QStringLiteral("Trần Thị Hoa")});
    CHECK(once.organisations.first().name == QStringLiteral("Đảng bộ xã Cư Né"));
    CHECK(once.dues.size() == 4);
    CHECK(std::is_sorted(once.meetings.cbegin(), once.meetings.cend(),
                         [](const Meeting& a, const Meeting& b) { return a.date < b.date; }));
}

TEST_CASE("loadSubtree returns the subtree, the members registered there and only their registrations inside")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    const auto subtree = storage.loadSubtree(eaSin());
    INFO((subtree.ok() ? QString() : subtree.error().toString()));
    REQUIRE(subtree.ok());

    QStringList orgs;
    for (const Organisation& org : subtree->organisations)
        orgs.append(org.name);
    CHECK(orgs == QStringList{QStringLiteral("Đảng bộ xã Ea Sin"), QStringLiteral("Chi bộ buôn Ea Kring"),
                              QStringLiteral("Chi bộ thôn 3")});
    // Trần Thị Hoa was never registered in Ea Sin; Bình moved between two of its cells and is there once;
    // Cường came from Kdrô and keeps only his thôn 3 registration, his Kdrô post dropped.
    CHECK(memberNames(*subtree) == QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Y Bhim Niê"),
                                               QStringLiteral("Đặng Thị Bình"),
                                               QStringLiteral("Lê Văn Cường")});
    const Member& binh = subtree->members[2];
    CHECK(binh.memberships.size() == 2);
    const Member& cuong = subtree->members[3];
    REQUIRE(cuong.memberships.size() == 1);
    CHECK(cuong.memberships.first().orgId == thon3());
    CHECK(cuong.positions.isEmpty());
    CHECK(cuong.statusEvents.size() == 3); // status events stay complete
    CHECK(subtree->members[0].positions.size() == 2);

    CHECK(subtree->meetings.size() == 2);
    CHECK(subtree->targets.size() == 2);     // Ea Kring's and the commune's plan, not Kdrô's
    CHECK(subtree->disciplines.size() == 1); // Y Bhim Niê's, not the Kdrô committee's
    CHECK(subtree->commendations.size() == 2);
    CHECK(subtree->dues.size() == 3);        // not Trần Thị Hoa's
    CHECK(subtree->assignments.size() == 2); // Cường's old Kdrô assignment is his record: kept as is
    CHECK(subtree->violations.size() == 1);
    CHECK(subtree->leaves.size() == 1);

    const auto cell = storage.loadSubtree(kdro());
    REQUIRE(cell.ok());
    CHECK(memberNames(*cell) == QStringList{QStringLiteral("Lê Văn Cường"), QStringLiteral("Trần Thị Hoa")});
    CHECK(cell->organisations.size() == 1);
    CHECK(cell->organisations.first().parentId == cuNe()); // the root keeps its parent

    const auto missing = storage.loadSubtree(idFor(QStringLiteral("Đảng bộ không có")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("storage.not-found"));
}

TEST_CASE("A failure in the middle of insertDataset rolls back and leaves the file byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chibo.db"));
    Dataset first = sampleDataset();
    Dataset second;
    second.organisations = {
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Tóh"), OrgKind::GrassrootsCommittee)};
    second.members = {
        aMember(QStringLiteral("Hoàng Thị Mơ"), second.organisations.first().id, QDate(2021, 3, 8))};
    // The violation refers to a member who is nowhere: it is written after the organisation and the member.
    second.violations = {{idFor(QStringLiteral("viol/lost")),
                          idFor(QStringLiteral("Người không có")),
                          QDate(2025, 1, 1),
                          ViolationKind::Other,
                          {}}};
    {
        auto db = openFile(path);
        REQUIRE(Storage(*db).insertDataset(first));
    }
    const QByteArray before = fileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    {
        auto db = openFile(path);
        Storage storage(*db);
        Transaction tx(*db);
        const Status status = storage.insertDataset(second);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == QStringLiteral("storage.missing-reference"));
        CHECK(status.error().message.startsWith(
            QStringLiteral("Could not save the violation of 2025-01-01: ")));
    } // the transaction rolls back, then the database closes (checkpointing the WAL)
    CHECK(fileBytes(path) == before);

    auto db = openFile(path);
    Storage storage(*db);
    CHECK(*storage.loadAll() == canonical(first));
}

TEST_CASE("insertDataset inside the caller's transaction undoes only itself on failure")
{
    auto db = openMemory();
    Storage storage(*db);
    Transaction tx(*db);
    const Organisation extra = anOrganisation(QStringLiteral("Chi bộ thôn 7"), OrgKind::GrassrootsCell);
    REQUIRE(storage.organisations().insert(extra));
    Dataset broken = sampleDataset();
    broken.commendations.append({idFor(QStringLiteral("comm/lost")),
                                 {},
                                 idFor(QStringLiteral("Chi bộ không có")),
                                 QDate(2025, 1, 1),
                                 QStringLiteral("Giấy khen"),
                                 {},
                                 {}});
    const Status status = storage.insertDataset(broken);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.startsWith(QStringLiteral("Could not save commendation Giấy khen: ")));
    REQUIRE(tx.commit());
    const auto loaded = storage.loadAll();
    REQUIRE(loaded.ok());
    CHECK(loaded->organisations == QList<Organisation>{extra});
    CHECK(loaded->members.isEmpty());
}

TEST_CASE("A larger dataset loads in bulk and groups every child with its parent")
{
    auto db = openMemory();
    Storage storage(*db);
    const Dataset input = canonical(largeDataset(12, 40)); // 480 members, 144 meetings, 5,760 attendance rows
    {
        Transaction tx(*db);
        REQUIRE(storage.insertDataset(input));
        REQUIRE(tx.commit());
    }
    const auto loaded = storage.loadAll();
    REQUIRE(loaded.ok());
    CHECK(loaded->members.size() == 480);
    CHECK(loaded->meetings.size() == 144);
    CHECK(*loaded == input);

    const auto cell = storage.loadSubtree(idFor(QStringLiteral("Chi bộ thôn 5")));
    REQUIRE(cell.ok());
    CHECK(cell->members.size() == 40);
    CHECK(cell->meetings.size() == 12);
    CHECK(cell->dues.size() == 40);
    const auto quarter = storage.meetings().ofOrganisations({idFor(QStringLiteral("Chi bộ thôn 5"))},
                                                            QDate(2025, 1, 1), QDate(2025, 3, 31));
    REQUIRE(quarter.ok());
    REQUIRE(quarter->size() == 3);
    CHECK(quarter->at(2).attendance.size() == 40);
}
