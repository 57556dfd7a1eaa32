// SPDX-License-Identifier: GPL-3.0-or-later
// What fixtures/schema_v1.sql holds, written as the domain values the latest code must load from it.
#include "StorageTestData.h"
#include "storage/DatasetOrder.h"

#include <QTimeZone>

namespace chibo::test {

namespace {

QUuid fixtureUuid(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

const QUuid OrgEaSin = fixtureUuid("3b1d8f0e-6a4c-4c1e-9d2b-0f6e5a7c8b91");
const QUuid OrgEaKring = fixtureUuid("7c2e9a10-5b3d-4e2f-8a1c-1d7f6b8e9c02");
const QUuid An = fixtureUuid("5e6f7a8b-1c2d-4e3f-9a4b-5c6d7e8f9a01");
const QUuid Binh = fixtureUuid("5e6f7a8b-1c2d-4e3f-9a4b-5c6d7e8f9a02");
const QUuid Bhim = fixtureUuid("5e6f7a8b-1c2d-4e3f-9a4b-5c6d7e8f9a03");
const QUuid MeetingId = fixtureUuid("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6");

QList<Organisation> organisations()
{
    Organisation easin;
    easin.id = OrgEaSin;
    easin.name = QStringLiteral("Đảng bộ xã Ea Sin");
    easin.kind = OrgKind::GrassrootsCommittee;
    easin.locality = QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk");
    easin.shortName = QStringLiteral("ĐU");
    easin.establishedOn = QDate(1997, 3, 2);
    easin.terms = {{fixtureUuid("a1b2c3d4-0001-4a5b-8c6d-7e8f9a0b1c01"), QDate(2020, 7, 1),
                    QDate(2025, 6, 30), QStringLiteral("2020–2025")}};
    Organisation kring;
    kring.id = OrgEaKring;
    kring.parentId = OrgEaSin;
    kring.name = QStringLiteral("Chi bộ buôn Ea Kring");
    kring.kind = OrgKind::SubordinateCell;
    kring.locality = QStringLiteral("tỉnh Đắk Lắk");
    kring.shortName = QStringLiteral("CB");
    return {easin, kring};
}

Member memberAn()
{
    Member an;
    an.id = An;
    an.fullName = QStringLiteral("Nguyễn Văn An");
    an.birthDate = QDate(1980, 5, 19);
    an.ethnicity = QStringLiteral("Kinh");
    an.religion = QStringLiteral("Không");
    an.hometown = QStringLiteral("huyện Krông Búk");
    an.citizenId = QStringLiteral("066080001234");
    an.partyCardNumber = QStringLiteral("66.012345");
    an.admissionDecisionDate = QDate(2010, 4, 29);
    an.ceremonyDate = QDate(2010, 5, 19);
    an.officialDate = QDate(2011, 5, 19);
    an.worksInPoliticalSystem = true;
    an.statusEvents = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000101"),
                        QDate(2010, 5, 19),
                        StatusEventKind::Admitted,
                        QStringLiteral("Số 125-QĐ/ĐU"),
                        {}},
                       {fixtureUuid("c0ffee00-0000-4000-8000-000000000102"),
                        QDate(2011, 5, 19),
                        StatusEventKind::Recognised,
                        {},
                        {}}};
    an.memberships = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000111"),
                       OrgEaKring,
                       QDate(2010, 5, 19),
                       {},
                       CellMembership::Kind::Official}};
    an.positions = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000121"),
                     OrgEaKring,
                     Position::Secretary,
                     QDate(2020, 7, 1),
                     {}}};
    return an;
}

Member memberBinh()
{
    Member binh;
    binh.id = Binh;
    binh.fullName = QStringLiteral("Đặng Thị Bình");
    binh.sex = Sex::Female;
    binh.ethnicity = QStringLiteral("Kinh");
    binh.ceremonyDate = QDate(2015, 2, 3);
    binh.note = QStringLiteral("Chuyển từ xã khác");
    binh.statusEvents = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000201"),
                          QDate(2015, 2, 3),
                          StatusEventKind::Admitted,
                          {},
                          {}}};
    binh.memberships = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000211"),
                         OrgEaKring,
                         QDate(2015, 2, 3),
                         {},
                         CellMembership::Kind::Official}};
    return binh;
}

Member memberBhim()
{
    Member bhim;
    bhim.id = Bhim;
    bhim.fullName = QStringLiteral("Y Bhim Niê");
    bhim.givenName = QStringLiteral("Bhim");
    bhim.ethnicity = QStringLiteral("Ê Đê");
    bhim.ceremonyDate = QDate(2019, 9, 2);
    bhim.statusEvents = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000301"),
                          QDate(2019, 9, 2),
                          StatusEventKind::Admitted,
                          {},
                          QStringLiteral("Lễ kết nạp tại buôn")}};
    bhim.memberships = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000311"),
                         OrgEaKring,
                         QDate(2019, 9, 2),
                         {},
                         CellMembership::Kind::Temporary}};
    return bhim;
}

Meeting meeting()
{
    Meeting m;
    m.id = MeetingId;
    m.orgId = OrgEaKring;
    m.date = QDate(2025, 3, 5);
    m.start = QTime(19, 30);
    m.end = QTime(21, 0);
    m.place = QStringLiteral("Nhà văn hóa buôn");
    m.chairId = An;
    m.minuteTakerId = Bhim;
    m.upperAttendees = {QStringLiteral("Hoàng Văn Sơn — Phó Bí thư Đảng ủy xã")};
    m.agenda = {QStringLiteral("Kiểm điểm tháng 2"), QStringLiteral("Kế hoạch tháng 3")};
    m.documentsPostedOn = QDate(2025, 3, 1);
    m.speakersCount = 3;
    m.minutes = QStringLiteral("Đồng chí An khai mạc…");
    m.conclusion = QStringLiteral("Chi bộ thống nhất 3 nhiệm vụ.");
    m.state = MeetingState::Held;
    m.lifecycle = {{MeetingState::Held,
                    QStringLiteral("Nguyễn Văn An"),
                    QDateTime(QDate(2025, 3, 5), QTime(14, 10), QTimeZone::utc()),
                    {}}};
    m.attendance = {{An, AttendanceStatus::Present, AbsenceReason::None, {}},
                    {Binh, AttendanceStatus::AbsentExcused, AbsenceReason::Sick, QStringLiteral("Ốm")},
                    {Bhim, AttendanceStatus::Late, AbsenceReason::None, {}}};
    return m;
}

} // namespace

Dataset fixtureV1Dataset()
{
    Dataset data;
    data.organisations = organisations();
    data.members = {memberAn(), memberBinh(), memberBhim()};
    data.meetings = {meeting()};
    data.targets = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000501"),
                     OrgEaKring,
                     MeetingId,
                     0,
                     QStringLiteral("Vận động làm đường bê tông"),
                     TargetKind::Task,
                     An,
                     YearMonth(2025, 6),
                     500,
                     120,
                     QStringLiteral("mét"),
                     TargetStatus::Open,
                     {}}};
    data.assignments = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000601"),
                         An,
                         OrgEaKring,
                         QStringLiteral("Theo dõi hộ nghèo"),
                         QStringLiteral("Buôn Ea Kring"),
                         12,
                         QDate(2025, 1, 1),
                         {},
                         {{QDate(2025, 2, 1), QStringLiteral("Đã thăm 5 hộ")}}}};
    data.disciplines = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000701"),
                         DisciplineSubject::Member,
                         Bhim,
                         {},
                         DisciplineForm::Reprimand,
                         QDate(2024, 10, 2),
                         QStringLiteral("Chi bộ buôn Ea Kring"),
                         QStringLiteral("Số 3-QĐ/CB"),
                         QStringLiteral("Vắng sinh hoạt 2 lần"),
                         true,
                         false}};
    data.leaves = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000801"),
                    Binh,
                    LeaveKind::Sick,
                    QDate(2025, 3, 1),
                    QDate(2025, 3, 20),
                    {}}};
    data.dues = {{An, YearMonth(2025, 1), DuesState::Paid, 30000},
                 {Binh, YearMonth(2025, 1), DuesState::Exempt, 0}};
    data.violations = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000901"),
                        Bhim,
                        QDate(2025, 2, 14),
                        ViolationKind::TrafficLaw,
                        {}}};
    data.commendations = {{fixtureUuid("c0ffee00-0000-4000-8000-000000000a01"),
                           {},
                           OrgEaKring,
                           QDate(2024, 12, 20),
                           QStringLiteral("Chi bộ trong sạch, vững mạnh"),
                           QStringLiteral("Đảng ủy xã Ea Sin"),
                           QStringLiteral("Số 41-QĐ/ĐU")}};
    canonicalise(data);
    return data;
}

} // namespace chibo::test
