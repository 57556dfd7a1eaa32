// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDatasets.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetValidator.h"
#include "dataset/DatasetWriter.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::anOrganisation;
using chibo::test::idFor;

namespace {

const QDate meetingDay(2025, 3, 5);

/// Ea Sin's committee and buôn Ea Kring's cell with one full member, the secretary Đặng Thị Bình.
Dataset eaKring()
{
    Dataset data;
    const Organisation committee =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    const Organisation cell =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, committee.id);
    data.organisations = {committee, cell};
    data.members = {aMember(QStringLiteral("Đặng Thị Bình"), cell.id, QDate(2008, 5, 19), meetingDay)};
    return data;
}

Meeting meetingOf(const Dataset& data, qsizetype orgIndex, const QList<const Member*>& present)
{
    Meeting meeting;
    meeting.id = idFor(data.organisations[orgIndex].name + u"/họp tháng 3");
    meeting.orgId = data.organisations[orgIndex].id;
    meeting.date = meetingDay;
    for (const Member* member : present)
        meeting.attendance.append({member->id, AttendanceStatus::Present, AbsenceReason::None, {}});
    return meeting;
}

const Error* findCode(const QList<Error>& errors, const QString& code)
{
    for (const Error& error : errors) {
        if (error.code == code)
            return &error;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a sound dataset has no problems")
{
    CHECK(DatasetValidator::validate(test::everyFieldDataset()).isEmpty());
    CHECK(DatasetValidator::validate(test::requiredFieldsDataset()).isEmpty());
    CHECK(DatasetValidator::validate(Dataset{}).isEmpty());
}

TEST_CASE("a probationary member cannot be expelled, and the error names member, form and allowed forms")
{
    Dataset data = eaKring();
    data.members.append(aMember(QStringLiteral("Y Bhim Niê"), data.organisations[1].id, QDate(2025, 1, 10)));
    Discipline expel;
    expel.id = idFor(QStringLiteral("khai trừ Y Bhim"));
    expel.memberId = data.members[1].id;
    expel.form = DisciplineForm::Expulsion;
    expel.decisionDate = QDate(2025, 8, 10);
    Discipline warn = expel;
    warn.id = idFor(QStringLiteral("cảnh cáo Y Bhim"));
    warn.form = DisciplineForm::Warning;
    data.disciplines = {warn, expel};
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == QStringLiteral("discipline.form-not-allowed"));
    CHECK(errors[0].location == QStringLiteral("/disciplines/1/form"));
    CHECK(errors[0].message.contains(QStringLiteral("Y Bhim Niê")));
    CHECK(errors[0].message.contains(QStringLiteral("“expulsion”")));
    CHECK(errors[0].message.contains(QStringLiteral("allowed: reprimand, warning")));
}

TEST_CASE("an organisation or a committee is never expelled")
{
    Dataset data = eaKring();
    Discipline discipline;
    discipline.id = idFor(QStringLiteral("kỷ luật chi ủy"));
    discipline.subject = DisciplineSubject::Committee;
    discipline.orgId = data.organisations[1].id;
    discipline.form = DisciplineForm::Expulsion;
    discipline.decisionDate = QDate(2025, 9, 1);
    data.disciplines = {discipline};
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == QStringLiteral("discipline.form-not-allowed"));
    CHECK(errors[0].message.contains(QStringLiteral("dissolution")));
}

TEST_CASE("attendance rows only for members expected at the meeting, with the reason why not")
{
    Dataset data = eaKring();
    const QUuid cell = data.organisations[1].id;
    Member exempt = aMember(QStringLiteral("Trần Văn Quang"), cell, QDate(1979, 9, 2), meetingDay);
    exempt.statusEvents.append(
        {idFor(QStringLiteral("Quang/miễn")), QDate(2024, 6, 1), StatusEventKind::ExemptionStarted, {}, {}});
    const Member future = aMember(QStringLiteral("H'Hoa Byă"), cell, QDate(2025, 5, 19));
    Member suspended = aMember(QStringLiteral("Nguyễn Văn An"), cell, QDate(2000, 3, 3), meetingDay);
    suspended.statusEvents.append(
        {idFor(QStringLiteral("An/đình chỉ")), QDate(2025, 2, 1), StatusEventKind::Suspended, {}, {}});
    Member away = aMember(QStringLiteral("Lê Thị Hoa"), cell, QDate(2010, 1, 1), meetingDay);
    away.statusEvents.append({idFor(QStringLiteral("Hoa/chuyển đi")),
                              QDate(2024, 12, 1),
                              StatusEventKind::TransferredOutOfficial,
                              {},
                              {}});
    data.members << exempt << future << suspended << away;
    data.meetings = {meetingOf(
        data, 1, {&data.members[0], &data.members[1], &data.members[2], &data.members[3], &data.members[4]})};
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 4);
    for (const Error& error : errors)
        CHECK(error.code == QStringLiteral("dataset.attendance-not-expected"));
    CHECK(errors[0].location == QStringLiteral("/meetings/0/attendance/1"));
    CHECK(errors[0].message ==
          QStringLiteral(
              "Trần Văn Quang has an attendance row at the meeting of Chi bộ buôn Ea Kring on 05/03/2025 "
              "but is not expected there (Exempt from Party work and activities)."));
    CHECK(errors[1].message.contains(QStringLiteral("H'Hoa Byă")));
    CHECK(errors[1].message.contains(QStringLiteral("(Not yet admitted)")));
    CHECK(errors[2].message.contains(QStringLiteral("(Party activities suspended)")));
    CHECK(errors[3].location == QStringLiteral("/meetings/0/attendance/4"));
    CHECK(errors[3].message.contains(QStringLiteral("(No longer a member here)")));
}

TEST_CASE("a member registered in another cell is not expected at this cell's meeting")
{
    Dataset data = eaKring();
    data.organisations.append(anOrganisation(QStringLiteral("Chi bộ buôn Ea Khít"), OrgKind::SubordinateCell,
                                             data.organisations[0].id));
    data.members.append(
        aMember(QStringLiteral("Y Moan Êban"), data.organisations[2].id, QDate(2015, 2, 3), meetingDay));
    data.meetings = {meetingOf(data, 1, {&data.members[1]})};
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.contains(QStringLiteral("Y Moan Êban")));
    CHECK(errors[0].message.contains(QStringLiteral("(Registered in another cell)")));
}

TEST_CASE("meetings are held by cells and grassroots committees, not by upper committees or party groups")
{
    Dataset data = eaKring();
    const Organisation province =
        anOrganisation(QStringLiteral("Đảng bộ tỉnh Đắk Lắk"), OrgKind::UpperCommittee);
    const Organisation group =
        anOrganisation(QStringLiteral("Tổ đảng khu 2"), OrgKind::PartyGroup, data.organisations[1].id);
    data.organisations[0].parentId = province.id;
    data.organisations << province << group;
    data.meetings = {meetingOf(data, 0, {}), meetingOf(data, 1, {}), meetingOf(data, 2, {}),
                     meetingOf(data, 3, {})};
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == QStringLiteral("dataset.meeting-not-at-cell"));
    CHECK(errors[0].location == QStringLiteral("/meetings/2/organisation"));
    CHECK(errors[0].message.contains(QStringLiteral("“Đảng bộ tỉnh Đắk Lắk” (Upper-level Party committee)")));
    CHECK(errors[1].location == QStringLiteral("/meetings/3/organisation"));
    CHECK(errors[1].message.contains(QStringLiteral("(Party group)")));
}

TEST_CASE("the chair and the minute-taker are Party members on the meeting day")
{
    Dataset data = eaKring();
    const Member candidate =
        aMember(QStringLiteral("Y Bhim Niê"), data.organisations[1].id, QDate(2025, 6, 1));
    data.members.append(candidate);
    Meeting meeting = meetingOf(data, 1, {&data.members[0]});
    meeting.chairId = data.members[0].id;
    meeting.minuteTakerId = candidate.id;
    data.meetings = {meeting};
    QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == QStringLiteral("dataset.minute-taker-not-member"));
    CHECK(errors[0].location == QStringLiteral("/meetings/0/minute_taker"));
    CHECK(errors[0].message.contains(QStringLiteral("Y Bhim Niê, who took the minutes")));
    data.meetings[0].chairId = idFor(QStringLiteral("Người không có trong danh sách"));
    errors = DatasetValidator::validate(data);
    const Error* unknown = findCode(errors, QStringLiteral("dataset.unknown-reference"));
    REQUIRE(unknown);
    CHECK(unknown->location == QStringLiteral("/meetings/0/chair"));
}

TEST_CASE("members' histories are checked and located in the list concerned")
{
    Dataset data = eaKring();
    Member twice = aMember(QStringLiteral("Nguyễn Văn An"), data.organisations[1].id, QDate(2000, 3, 3));
    twice.statusEvents.append(
        {idFor(QStringLiteral("An/kết nạp lại")), QDate(2001, 1, 1), StatusEventKind::Admitted, {}, {}});
    twice.memberships.append({idFor(QStringLiteral("An/trùng")),
                              data.organisations[1].id,
                              QDate(2005, 1, 1),
                              {},
                              CellMembership::Kind::Official});
    data.members.append(twice);
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].code == QStringLiteral("member.admitted-twice"));
    CHECK(errors[0].location == QStringLiteral("/members/1/status_history"));
    CHECK(errors[1].code == QStringLiteral("member.memberships-overlap"));
    CHECK(errors[1].location == QStringLiteral("/members/1/memberships"));
}

TEST_CASE("references to records that are not in the dataset are found wherever they are")
{
    Dataset data = eaKring();
    const QUuid nobody = idFor(QStringLiteral("không ai"));
    const QUuid nowhere = idFor(QStringLiteral("không nơi nào"));
    data.members[0].positions.append(
        {idFor(QStringLiteral("chức vụ")), nowhere, Position::Secretary, QDate(2020, 1, 1), {}});
    data.targets = {{idFor(QStringLiteral("chỉ tiêu")),
                     data.organisations[1].id,
                     idFor(QStringLiteral("họp?")),
                     0,
                     QStringLiteral("Kết nạp"),
                     TargetKind::Admission,
                     nobody,
                     {},
                     1,
                     0,
                     {},
                     {},
                     {}}};
    data.leaves = {{idFor(QStringLiteral("nghỉ")), nobody, LeaveKind::Sick, QDate(2025, 1, 1), {}, {}}};
    data.violations = {
        {idFor(QStringLiteral("vi phạm")), nobody, QDate(2025, 1, 1), ViolationKind::Other, {}}};
    QStringList locations;
    for (const Error& error : DatasetValidator::validate(data)) {
        CHECK(error.code == QStringLiteral("dataset.unknown-reference"));
        locations.append(error.location);
    }
    CHECK(locations == QStringList{QStringLiteral("/members/0/positions/0/organisation"),
                                   QStringLiteral("/targets/0/meeting"), QStringLiteral("/targets/0/owner"),
                                   QStringLiteral("/leaves/0/member"),
                                   QStringLiteral("/violations/0/member")});
}

TEST_CASE("ids are unique within each kind of record, nested ones included")
{
    Dataset data = eaKring();
    Member other = aMember(QStringLiteral("Y Bhim Niê"), data.organisations[1].id, QDate(2025, 1, 10));
    other.statusEvents[0].id = data.members[0].statusEvents[1].id;
    data.members.append(other);
    // The same id for records of different kinds is not a clash.
    data.members[0].id = data.organisations[1].id;
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == QStringLiteral("dataset.duplicate-id"));
    CHECK(errors[0].location == QStringLiteral("/members/1/status_history/0/id"));
    CHECK(errors[0].message.contains(QStringLiteral("/members/0/status_history/1")));
}

TEST_CASE("a long chain of organisations with a loop at its top is found in one pass")
{
    Dataset data;
    constexpr int depth = 20000;
    for (int i = 0; i < depth; ++i) {
        const QUuid parent = i == 0 ? QUuid() : data.organisations.last().id;
        data.organisations.append(
            anOrganisation(QStringLiteral("Chi bộ %1").arg(i), OrgKind::SubordinateCell, parent));
    }
    data.organisations[0].parentId = data.organisations[2].id; // 0 → 2 → 1 → 0
    const QList<Error> errors = DatasetValidator::validate(data);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].code == QStringLiteral("dataset.parent-cycle"));
    CHECK(errors[0].location == QStringLiteral("/organisations/0/parent"));
    CHECK(errors[0].message.contains(QStringLiteral("Chi bộ 0 → Chi bộ 2 → Chi bộ 1 → Chi bộ 0")));
}

TEST_CASE("a district-sized dataset is written, read and validated back to the same records")
{
    // 200 cells × 40 members × 12 meetings: 96,000 attendance rows. How long it takes is measured by
    // chibo-bench (docs/performance.md), not asserted here: a test that times itself fails on a busy machine.
    Dataset data = eaKring();
    data.members.clear();
    const QUuid committee = data.organisations[0].id;
    for (int c = 0; c < 200; ++c) {
        const Organisation cell =
            anOrganisation(QStringLiteral("Chi bộ thôn %1").arg(c + 1), OrgKind::SubordinateCell, committee);
        data.organisations.append(cell);
        const qsizetype first = data.members.size();
        for (int m = 0; m < 40; ++m)
            data.members.append(aMember(QStringLiteral("Đảng viên %1-%2").arg(c).arg(m), cell.id,
                                        QDate(2000, 1, 1), QDate(2025, 1, 1)));
        for (int month = 1; month <= 12; ++month) {
            Meeting meeting;
            meeting.id = idFor(cell.name + u'/' + QString::number(month));
            meeting.orgId = cell.id;
            meeting.date = QDate(2025, month, 5);
            for (qsizetype m = first; m < data.members.size(); ++m)
                meeting.attendance.append(
                    {data.members[m].id, AttendanceStatus::Present, AbsenceReason::None, {}});
            data.meetings.append(meeting);
        }
    }
    const QByteArray bytes = DatasetWriter::write(data);
    const Result<Dataset> back = DatasetReader::read(bytes, QStringLiteral("huyen.json"));
    REQUIRE(back.ok());
    CHECK(back.value() == data);
}
