// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using namespace chibo::test;

namespace {

/// A database with the sample's organisations, members and meetings but none of its records.
std::unique_ptr<Database> withPeople()
{
    auto db = openMemory();
    Dataset people = sampleDataset();
    people.targets.clear();
    people.assignments.clear();
    people.disciplines.clear();
    people.leaves.clear();
    people.dues.clear();
    people.violations.clear();
    people.commendations.clear();
    REQUIRE(Storage(*db).insertDataset(people));
    return db;
}

const QList<QUuid> AllMembers{nguyenVanAn(), dangThiBinh(), yBhimNie(), tranThiHoa(), leVanCuong()};
const QList<QUuid> AllOrgs{eaSin(), eaKring(), thon3(), cuNe(), kdro()};

template <typename T>
QList<T> sorted(QList<T> records)
{
    DatasetOrder::sort(records);
    return records;
}

} // namespace

namespace {

/// Inserts every record of the sample one at a time through the repository.
void insertSampleRecords(RecordRepository& records)
{
    const Dataset sample = sampleDataset();
    for (const Target& r : sample.targets)
        REQUIRE(records.insert(r));
    for (const Assignment& r : sample.assignments)
        REQUIRE(records.insert(r));
    for (const Discipline& r : sample.disciplines)
        REQUIRE(records.insert(r));
    for (const Leave& r : sample.leaves)
        REQUIRE(records.insert(r));
    for (const Violation& r : sample.violations)
        REQUIRE(records.insert(r));
    for (const Commendation& r : sample.commendations)
        REQUIRE(records.insert(r));
}

} // namespace

TEST_CASE("Each kind of record is inserted one at a time and read back")
{
    auto db = withPeople();
    Storage storage(*db);
    RecordRepository& records = storage.records();
    insertSampleRecords(records);
    const Dataset sample = sampleDataset();
    CHECK(*records.targets(AllOrgs) == sorted(sample.targets));
    CHECK(*records.assignments(AllMembers) == sorted(sample.assignments));
    CHECK(*records.disciplines(AllMembers, AllOrgs) == sorted(sample.disciplines));
    CHECK(*records.leaves(AllMembers) == sorted(sample.leaves));
    CHECK(*records.violations(AllMembers) == sorted(sample.violations));
    CHECK(*records.commendations(AllMembers, AllOrgs) == sorted(sample.commendations));
}

TEST_CASE("Each kind of record is updated and removed by id")
{
    auto db = withPeople();
    Storage storage(*db);
    RecordRepository& records = storage.records();
    insertSampleRecords(records);
    const Dataset sample = sampleDataset();
    Target target = sample.targets[0];
    target.actual = 500;
    target.status = TargetStatus::Done;
    target.ownerMemberId = {};
    target.meetingId = {};
    REQUIRE(records.update(target));
    Assignment assignment = sample.assignments[0];
    assignment.followUps = {{QDate(2025, 4, 1), QStringLiteral("Hoàn thành")}};
    assignment.to = QDate(2025, 4, 30);
    REQUIRE(records.update(assignment));
    Discipline discipline = sample.disciplines[0];
    discipline.remedied = true;
    REQUIRE(records.update(discipline));
    Leave leave = sample.leaves[0];
    leave.to = QDate(2025, 9, 30);
    REQUIRE(records.update(leave));
    Violation violation = sample.violations[0];
    violation.kind = ViolationKind::SocialEvils;
    REQUIRE(records.update(violation));
    Commendation commendation = sample.commendations[0];
    commendation.title = QStringLiteral("Đảng viên tiêu biểu");
    REQUIRE(records.update(commendation));

    CHECK(records.targets({eaKring()})->first() == target);
    CHECK(records.assignments({nguyenVanAn()})->first() == assignment);
    CHECK(records.disciplines({yBhimNie()}, {})->first() == discipline);
    CHECK(records.leaves({dangThiBinh()})->first() == leave);
    CHECK(records.violations({leVanCuong()})->first() == violation);
    CHECK(records.commendations({nguyenVanAn()}, {})->first() == commendation);

    for (const QUuid& id : {target.id, assignment.id, discipline.id, leave.id, violation.id, commendation.id})
        REQUIRE(records.remove(id));
    CHECK(records.targets({eaKring()})->isEmpty());
    CHECK(records.assignments({nguyenVanAn()})->isEmpty());
    CHECK(records.leaves(AllMembers)->isEmpty());
    CHECK(records.violations(AllMembers)->isEmpty());
    CHECK(records.disciplines({yBhimNie()}, {})->isEmpty());
    CHECK(records.commendations({nguyenVanAn()}, {})->isEmpty());

    const Status gone = records.remove(target.id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == QStringLiteral("storage.not-found"));
    Violation unknown = violation;
    unknown.id = idFor(QStringLiteral("viol/không có"));
    const Status notStored = records.update(unknown);
    REQUIRE_FALSE(notStored.ok());
    CHECK(notStored.error().code == QStringLiteral("storage.not-found"));
}

TEST_CASE("Dues are keyed by member and month, and upsert inserts or replaces")
{
    auto db = withPeople();
    Storage storage(*db);
    RecordRepository& records = storage.records();
    const DuesRecord january{nguyenVanAn(), YearMonth(2025, 1), DuesState::Unpaid, 0};
    REQUIRE(records.insert(january));
    const Status twice = records.insert(january);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("storage.constraint"));
    CHECK(twice.error().message.contains(QStringLiteral("2025-01")));

    const DuesRecord paid{nguyenVanAn(), YearMonth(2025, 1), DuesState::Paid, 30000};
    REQUIRE(records.upsert(paid));
    const DuesRecord february{nguyenVanAn(), YearMonth(2025, 2), DuesState::Paid, 30000};
    REQUIRE(records.upsert(february));
    const DuesRecord binh{dangThiBinh(), YearMonth(2025, 1), DuesState::Exempt, 0};
    REQUIRE(records.upsert(binh));

    const auto an = records.dues({nguyenVanAn()});
    REQUIRE(an.ok());
    CHECK(*an == QList<DuesRecord>{paid, february});
    const auto both = records.dues({dangThiBinh(), nguyenVanAn()});
    REQUIRE(both.ok());
    CHECK(*both == sorted(QList<DuesRecord>{paid, february, binh}));

    const Status stranger =
        records.upsert(DuesRecord{idFor(QStringLiteral("Người lạ")), YearMonth(2025, 1), DuesState::Paid, 1});
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().code == QStringLiteral("storage.missing-reference"));
}

TEST_CASE("Record reads are scoped: by organisation, by member, or by either as the subject")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    RecordRepository& records = storage.records();

    const auto kringTargets = records.targets({eaKring()});
    REQUIRE(kringTargets.ok());
    REQUIRE(kringTargets->size() == 1);
    CHECK(kringTargets->first().meetingId == idFor(QStringLiteral("Ea Kring/2025-03")));
    CHECK(records.targets({eaSin(), kdro()})->size() == 2);
    CHECK(records.targets({})->isEmpty());

    // The committee of Kdrô is disciplined as an organisation; Y Bhim Niê as a member.
    const auto kdroDisciplines = records.disciplines({}, {kdro()});
    REQUIRE(kdroDisciplines.ok());
    REQUIRE(kdroDisciplines->size() == 1);
    CHECK(kdroDisciplines->first().subject == DisciplineSubject::Committee);
    CHECK(records.disciplines({yBhimNie()}, {})->size() == 1);
    CHECK(records.disciplines({nguyenVanAn()}, {eaKring()})->isEmpty());

    CHECK(records.commendations({}, {thon3()})->size() == 1);
    CHECK(records.commendations({nguyenVanAn()}, {})->size() == 1);
    CHECK(records.commendations({dangThiBinh()}, {eaKring()})->isEmpty());

    CHECK(records.dues({tranThiHoa()})->size() == 1);
    CHECK(records.dues({nguyenVanAn(), nguyenVanAn()})->size() == 2); // a repeated id counts once
    CHECK(records.assignments({leVanCuong()})->first().followUps.isEmpty());
    CHECK(records.assignments({nguyenVanAn()})->first().followUps.size() == 2);
}
