// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

const Member& memberNamed(const QList<Member>& members, const QString& name)
{
    for (const Member& member : members) {
        if (member.fullName == name)
            return member;
    }
    FAIL("no member " << name);
    return members.first();
}

QStringList namesOf(const QList<Organisation>& organisations)
{
    QStringList names;
    for (const Organisation& org : organisations)
        names.append(org.name);
    return names;
}

/// Stores the organisations and members of `dataset`.
void storeOrganisationsAndMembers(Storage& storage, const Dataset& dataset)
{
    for (const Organisation& org : dataset.organisations)
        REQUIRE(storage.organisations().insert(org));
    for (const Member& member : dataset.members)
        REQUIRE(storage.members().insert(member));
}

void exec(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("Organisations round-trip with their terms, parents first and siblings in Vietnamese order")
{
    auto db = openMemory();
    Storage storage(*db);
    const Dataset sample = sampleDataset();
    // Children first on purpose: insert() takes them one at a time, so insert parents first here.
    for (const Organisation& org : sample.organisations)
        REQUIRE(storage.organisations().insert(org));
    Organisation anh = anOrganisation(QStringLiteral("Chi bộ Ánh Dương"), OrgKind::SubordinateCell, eaSin());
    REQUIRE(storage.organisations().insert(anh));

    auto all = storage.organisations().all();
    REQUIRE(all.ok());
    CHECK(namesOf(*all) ==
          QStringList{QStringLiteral("Đảng bộ xã Cư Né"), QStringLiteral("Chi bộ buôn Kdrô"),
                      QStringLiteral("Đảng bộ xã Ea Sin"), QStringLiteral("Chi bộ Ánh Dương"),
                      QStringLiteral("Chi bộ buôn Ea Kring"), QStringLiteral("Chi bộ thôn 3")});
    const Organisation& easin = (*all)[2];
    CHECK(easin == sample.organisations[0]);
    REQUIRE(easin.terms.size() == 2);
    CHECK(easin.terms[1].label == QStringLiteral("2025–2030"));
    CHECK_FALSE(easin.terms[1].to.isValid());

    Organisation renamed = sample.organisations[2];
    renamed.name = QStringLiteral("Chi bộ thôn 3A");
    renamed.cellType = CellType::School;
    renamed.terms = {
        {idFor(QStringLiteral("thôn 3/2025")), QDate(2025, 1, 1), {}, QStringLiteral("2025–2030")}};
    REQUIRE(storage.organisations().update(renamed));
    all = storage.organisations().all();
    REQUIRE(all.ok());
    CHECK(all->last() == renamed);

    REQUIRE(storage.organisations().remove(anh.id));
    const Status again = storage.organisations().remove(anh.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("storage.not-found"));
    const Status ghost = storage.organisations().update(anh);
    REQUIRE_FALSE(ghost.ok());
    CHECK(ghost.error().code == QStringLiteral("storage.not-found"));
    CHECK(ghost.error().message.contains(QStringLiteral("Chi bộ Ánh Dương")));
}

TEST_CASE("Members round-trip with all three histories, in list order even on equal dates")
{
    auto db = openMemory();
    Storage storage(*db);
    const Dataset sample = sampleDataset();
    storeOrganisationsAndMembers(storage, sample);

    const Member& an = memberNamed(sample.members, QStringLiteral("Nguyễn Văn An"));
    const auto found = storage.members().find(an.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == an);
    REQUIRE((*found)->statusEvents.size() == 4);
    CHECK((*found)->statusEvents[2].kind == StatusEventKind::ExemptionStarted);
    CHECK((*found)->statusEvents[3].kind == StatusEventKind::ExemptionEnded);

    auto all = storage.members().all();
    REQUIRE(all.ok());
    QList<Member> expected = sample.members;
    DatasetOrder::sort(expected);
    CHECK(*all == expected);
    // Given name first: An, Bhim, Bình, Cường, Hoa.
    CHECK(all->at(0).fullName == QStringLiteral("Nguyễn Văn An"));
    CHECK(all->at(1).fullName == QStringLiteral("Y Bhim Niê"));
    CHECK(all->at(2).fullName == QStringLiteral("Đặng Thị Bình"));

    // The order of a history is its position column, not the order rows happen to come back in.
    exec(*db, QStringLiteral("UPDATE memberships SET position = -position - 1 WHERE member_id = "
                             "(SELECT id FROM members WHERE full_name = 'Lê Văn Cường')"));
    const auto cuong = storage.members().find(leVanCuong());
    REQUIRE(cuong.ok());
    REQUIRE((*cuong)->memberships.size() == 2);
    CHECK((*cuong)->memberships[0].orgId == thon3());
    CHECK((*cuong)->memberships[1].orgId == kdro());

    const auto missing = storage.members().find(idFor(QStringLiteral("Không có ai")));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("A member list reads the members registered in organisations with only what a list shows")
{
    auto db = openMemory();
    Storage storage(*db);
    const Dataset sample = sampleDataset();
    storeOrganisationsAndMembers(storage, sample);
    const QList<QUuid> easin{eaSin(), eaKring(), thon3()};

    const auto full = storage.members().registeredIn(easin);
    const auto listed = storage.members().listedIn(easin);
    REQUIRE(full.ok());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == full->size());
    for (const Member& record : *full) {
        const auto found = std::find_if(listed->cbegin(), listed->cend(),
                                        [&record](const Member& m) { return m.id == record.id; });
        REQUIRE(found != listed->cend());
        // What the list shows, as stored …
        Member expected;
        expected.id = record.id;
        expected.fullName = record.fullName;
        expected.givenName = record.givenName;
        expected.birthDate = record.birthDate;
        expected.sex = record.sex;
        expected.phone = record.phone;
        expected.admissionDecisionDate = record.admissionDecisionDate;
        expected.ceremonyDate = record.ceremonyDate;
        // … and the histories in their order, without their ids, decisions and notes.
        for (const StatusEvent& event : record.statusEvents)
            expected.statusEvents.append({{}, event.date, event.kind, {}, {}});
        for (const CellMembership& period : record.memberships)
            expected.memberships.append({{}, period.orgId, period.from, period.to, period.kind});
        for (const PositionTerm& term : record.positions)
            expected.positions.append({{}, term.orgId, term.position, term.from, term.to});
        CHECK(*found == expected);
    }
    CHECK(std::any_of(listed->cbegin(), listed->cend(),
                      [](const Member& m) { return !m.positions.isEmpty(); }));
    CHECK(storage.members().listedIn({cuNe(), kdro()})->size() == 2); // Hoa, and Cường who moved on
    CHECK(storage.members().listedIn({})->isEmpty());
}

TEST_CASE("Updating a member replaces the histories and removing one takes them along")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    Member binh = memberNamed(sampleDataset().members, QStringLiteral("Đặng Thị Bình"));
    binh.phone = QStringLiteral("0912 000 111");
    binh.statusEvents.append({idFor(QStringLiteral("Bình/suspended")),
                              QDate(2025, 5, 1),
                              StatusEventKind::Suspended,
                              QStringLiteral("Số 20-QĐ/ĐU"),
                              {}});
    binh.memberships.removeFirst();
    binh.positions = {
        {idFor(QStringLiteral("Bình/deputy")), thon3(), Position::DeputySecretary, QDate(2025, 1, 1), {}}};
    REQUIRE(storage.members().update(binh));
    const auto found = storage.members().find(binh.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == binh);

    Member cuong = memberNamed(sampleDataset().members, QStringLiteral("Lê Văn Cường"));
    // Cường is in a meeting's attendance: the meeting keeps him, so he cannot simply be removed.
    const Status refused = storage.members().remove(cuong.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("storage.constraint"));
    CHECK(refused.error().message.contains(QStringLiteral("Lê Văn Cường")));

    const auto rows = [&] {
        QSqlQuery count(db->connection());
        REQUIRE(count.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM status_events) || '/' || "
                           "(SELECT count(*) FROM memberships) || '/' || (SELECT count(*) FROM dues)")));
        REQUIRE(count.next());
        return count.value(0).toString();
    };
    const QString before = rows();
    Member lan = aMember(QStringLiteral("Phạm Thị Lan"), eaKring(), QDate(2024, 2, 3));
    REQUIRE(storage.members().insert(lan));
    REQUIRE(storage.records().insert(DuesRecord{lan.id, YearMonth(2025, 1), DuesState::Paid, 20000}));
    CHECK(rows() != before);
    REQUIRE(storage.members().remove(lan.id));
    const auto gone = storage.members().find(lan.id);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    CHECK(rows() == before); // her status events, registration and dues went with her
}

TEST_CASE(
    "Meetings round-trip with agenda, upper attendees, lifecycle and attendance, and reads filter by date")
{
    auto db = openMemory();
    Storage storage(*db);
    Dataset sample = sampleDataset();
    REQUIRE(storage.insertDataset(sample));

    const Meeting& march = sample.meetings[0];
    const auto found = storage.meetings().find(march.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == march);
    CHECK((*found)->end == QTime(21, 45, 30));
    CHECK((*found)->lifecycle[1].at == QDateTime(QDate(2025, 3, 6), QTime(1, 0), QTimeZone::utc()));
    CHECK((*found)->attendance[0].memberId == yBhimNie()); // list order, not member order

    const auto easinMeetings = storage.meetings().ofOrganisations({eaKring(), thon3()});
    REQUIRE(easinMeetings.ok());
    REQUIRE(easinMeetings->size() == 2);
    CHECK(easinMeetings->at(0).date == QDate(2025, 3, 5));
    const auto april = storage.meetings().ofOrganisations({eaKring(), thon3(), kdro()}, QDate(2025, 3, 11),
                                                          QDate(2025, 4, 30));
    REQUIRE(april.ok());
    REQUIRE(april->size() == 1);
    CHECK(april->first().orgId == thon3());
    const auto openEnd = storage.meetings().ofOrganisations({kdro(), eaKring()}, QDate(2025, 3, 6));
    REQUIRE(openEnd.ok());
    REQUIRE(openEnd->size() == 1);
    CHECK(openEnd->first().orgId == kdro());

    Meeting changed = march;
    changed.agenda = {QStringLiteral("Chỉ một nội dung")};
    changed.attendance.removeLast();
    changed.lifecycle.append({MeetingState::Locked,
                              QStringLiteral("Y Bhim Niê"),
                              QDateTime(QDate(2025, 3, 7), QTime(9, 0), QTimeZone::utc()),
                              {}});
    changed.state = MeetingState::Locked;
    REQUIRE(storage.meetings().update(changed));
    CHECK(**storage.meetings().find(march.id) == changed);

    const Status blocked = storage.meetings().remove(march.id); // a target was set by this meeting
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code == QStringLiteral("storage.constraint"));
    REQUIRE(storage.meetings().remove(sample.meetings[1].id));
    CHECK_FALSE(storage.meetings().find(sample.meetings[1].id)->has_value());
}

TEST_CASE("Search folds diacritics and đ and needs every word")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    const auto search = [&](const QString& query) {
        const auto found = storage.members().search(query);
        REQUIRE(found.ok());
        return *found;
    };
    CHECK(search(QStringLiteral("dang thi")) == QList<QUuid>{dangThiBinh()});
    CHECK(search(QStringLiteral("nguyen van an")) == QList<QUuid>{nguyenVanAn()});
    CHECK(search(QStringLiteral("ĐẶNG")) == QList<QUuid>{dangThiBinh()});
    CHECK(search(QStringLiteral("Cuong")) == QList<QUuid>{leVanCuong()});
    CHECK(search(QStringLiteral("bhim NIE")) == QList<QUuid>{yBhimNie()});
    CHECK(search(QStringLiteral("thi")).size() == 2); // Đặng Thị Bình, Trần Thị Hoa
    CHECK(search(QStringLiteral("van an binh")).isEmpty());
    CHECK(search(QStringLiteral("100%")).isEmpty()); // LIKE wildcards are matched literally
    CHECK(search(QStringLiteral("_")).isEmpty());
    CHECK(search(QString()).size() == 5);

    Member hoa = memberNamed(sampleDataset().members, QStringLiteral("Trần Thị Hoa"));
    hoa.fullName = QStringLiteral("Trần Thị Hòa");
    REQUIRE(storage.members().update(hoa));
    CHECK(search(QStringLiteral("hoa")) == QList<QUuid>{tranThiHoa()});
}

TEST_CASE("References to missing records and records still referred to are reported as errors")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));

    Member lost = aMember(QStringLiteral("Nguyễn Thị Mai"), idFor(QStringLiteral("Chi bộ không tồn tại")),
                          QDate(2020, 1, 1));
    const Status missing = storage.members().insert(lost);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("storage.missing-reference"));
    CHECK(missing.error().message.startsWith(QStringLiteral("Could not save member Nguyễn Thị Mai: ")));
    CHECK(missing.error().message.contains(
        idFor(QStringLiteral("Chi bộ không tồn tại")).toString(QUuid::WithoutBraces)));
    CHECK_FALSE(storage.members().find(lost.id)->has_value()); // nothing half-written

    const Status inUse = storage.organisations().remove(eaKring());
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().code == QStringLiteral("storage.constraint"));
    CHECK(
        inUse.error().message ==
        QStringLiteral("Could not remove organisation Chi bộ buôn Ea Kring: FOREIGN KEY constraint failed"));
    CHECK(inUse.error().location == u"organisations/" + eaKring().toString(QUuid::WithoutBraces));

    // A foreign key the database itself checks: no code path of ours writes this, SQL does.
    QSqlQuery query(db->connection());
    REQUIRE_FALSE(query.exec(QStringLiteral("UPDATE memberships SET org_id = 999999")));

    const Status duplicate =
        storage.members().insert(memberNamed(sampleDataset().members, QStringLiteral("Y Bhim Niê")));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == QStringLiteral("storage.constraint"));
    CHECK(duplicate.error().message.contains(QStringLiteral("UNIQUE")));
}

TEST_CASE("An unknown code or a malformed date read back is an error, not a crash")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));

    exec(*db, QStringLiteral("UPDATE organisations SET kind = 'galaxy' WHERE name = 'Chi bộ thôn 3'"));
    const auto orgs = storage.organisations().all();
    REQUIRE_FALSE(orgs.ok());
    CHECK(orgs.error().code == QStringLiteral("storage.bad-value"));
    CHECK(orgs.error().message.contains(QStringLiteral("galaxy")));
    CHECK(orgs.error().location == u"organisations/" + thon3().toString(QUuid::WithoutBraces));
    const auto dataset = storage.loadAll();
    REQUIRE_FALSE(dataset.ok());
    CHECK(dataset.error().code == QStringLiteral("storage.bad-value"));

    exec(*db,
         QStringLiteral(
             "UPDATE status_events SET event_date = '2025-02-30' WHERE kind = 'transferred_in_official'"));
    const auto cuong = storage.members().find(leVanCuong());
    REQUIRE_FALSE(cuong.ok());
    CHECK(cuong.error().code == QStringLiteral("storage.bad-value"));
    CHECK(cuong.error().message.contains(QStringLiteral("2025-02-30")));

    exec(*db, QStringLiteral("UPDATE attendance SET status = 'asleep'"));
    const auto meetings = storage.meetings().ofOrganisations({eaKring()});
    REQUIRE_FALSE(meetings.ok());
    CHECK(meetings.error().code == QStringLiteral("storage.bad-value"));
}

TEST_CASE("Uuids are read in the stored form, in capitals and braced, and a malformed one is an error")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    const QString thon3Text = thon3().toString(QUuid::WithoutBraces);

    exec(*db, u"UPDATE organisations SET uuid = '" + thon3Text.toUpper() + u"' WHERE name = 'Chi bộ thôn 3'");
    auto orgs = storage.organisations().all();
    REQUIRE(orgs.ok());
    CHECK(
        std::any_of(orgs->cbegin(), orgs->cend(), [](const Organisation& org) { return org.id == thon3(); }));

    exec(*db, u"UPDATE organisations SET uuid = '" + thon3().toString() + u"' WHERE name = 'Chi bộ thôn 3'");
    orgs = storage.organisations().all();
    REQUIRE(orgs.ok());
    CHECK(
        std::any_of(orgs->cbegin(), orgs->cend(), [](const Organisation& org) { return org.id == thon3(); }));

    // One digit that is not hex, in the last group.
    QString broken = thon3Text;
    broken[35] = u'g';
    exec(*db, u"UPDATE organisations SET uuid = '" + broken + u"' WHERE name = 'Chi bộ thôn 3'");
    orgs = storage.organisations().all();
    REQUIRE_FALSE(orgs.ok());
    CHECK(orgs.error().code == QStringLiteral("storage.bad-value"));
    CHECK(orgs.error().message.contains(broken));
}

TEST_CASE("An organisation's lineage is it and those above it, parents first; an unknown one has none")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    const auto all = storage.organisations().all();
    REQUIRE(all.ok());
    const auto lineage = storage.organisations().lineage(thon3());
    REQUIRE(lineage.ok());
    REQUIRE(lineage->size() >= 2);
    CHECK(lineage->last().id == thon3());
    CHECK(lineage->first().parentId.isNull());
    for (qsizetype i = 1; i < lineage->size(); ++i)
        CHECK(lineage->at(i).parentId == lineage->at(i - 1).id);
    for (const Organisation& org : *lineage) {
        const auto same =
            std::find_if(all->cbegin(), all->cend(), [&](const Organisation& o) { return o.id == org.id; });
        REQUIRE(same != all->cend());
        CHECK(*same == org); // terms and all
    }
    CHECK(lineage->size() < all->size());

    const auto unknown = storage.organisations().lineage(QUuid::createUuid());
    REQUIRE(unknown.ok());
    CHECK(unknown->isEmpty());
}
