// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"

#include "services/DatasetTransfer.h"
#include "support/Catch.h"
#include "support/TestData.h"

namespace chibo::test {

namespace {

StatusEvent event(const QString& owner, const char* what, QDate day, StatusEventKind kind)
{
    return StatusEvent{idFor(owner + u'/' + text(what)), day, kind, {}, {}};
}

QList<Member> eaKringMembers()
{
    const QDate today = VillageFixture::today();
    const QUuid cell = VillageFixture::eaKring();
    Member an = aMember(text("Nguyễn Văn An"), cell, QDate(2005, 5, 19), today);
    an.phone = QStringLiteral("0905123456");
    an.positions.append({idFor(text("An/bí thư")), cell, Position::Secretary, QDate(2020, 7, 1), {}});
    Member binh = aMember(text("Đặng Thị Bình"), cell, QDate(2012, 2, 3), today);
    binh.sex = Sex::Female;
    Member bhim = aMember(text("Y Bhim Niê"), cell, QDate(2019, 9, 2), today);
    bhim.givenName = QStringLiteral("Bhim");
    bhim.ethnicity = text("Ê Đê");
    Member anh = aMember(text("Lê Thị Ánh"), cell, QDate(2010, 3, 8), today);
    anh.statusEvents.append(
        event(anh.fullName, "miễn", QDate(2025, 6, 1), StatusEventKind::ExemptionStarted));
    Member cuong = aMember(text("Trần Văn Cường"), cell, QDate(2015, 4, 30), today);
    cuong.statusEvents.append(
        event(cuong.fullName, "đi", QDate(2026, 8, 1), StatusEventKind::TransferredOutTemporary));
    Member hoa = aMember(text("Phan Thị Hoa"), cell, QDate(2026, 10, 20), today);
    Member luu = aMember(text("Võ Văn Lưu"), cell, QDate(1985, 2, 3), today);
    luu.statusEvents.append(event(luu.fullName, "từ trần", QDate(2024, 5, 2), StatusEventKind::Deceased));
    luu.memberships.first().to = QDate(2024, 5, 2);
    Member tu = aMember(text("Đinh Văn Tú"), cell, QDate(2026, 11, 10), today);
    tu.phone = QStringLiteral("0912000111");
    return {an, binh, bhim, anh, cuong, hoa, luu, tu};
}

QList<Member> thon1Members()
{
    const QDate today = VillageFixture::today();
    Member dung = aMember(text("Phạm Văn Dũng"), VillageFixture::thon1(), QDate(2001, 1, 15), today);
    dung.positions.append(
        {idFor(text("Dũng/bí thư")), VillageFixture::thon1(), Position::Secretary, QDate(2020, 7, 1), {}});
    Member mai = aMember(text("Hoàng Thị Mai"), VillageFixture::thon1(), QDate(2016, 6, 1), today);
    mai.memberships.append({idFor(text("Mai/tạm")),
                            VillageFixture::eaKring(),
                            QDate(2026, 9, 1),
                            {},
                            CellMembership::Kind::Temporary});
    return {dung, mai};
}

Attendance present(const char* name)
{
    return Attendance{VillageFixture::member(name), AttendanceStatus::Present, AbsenceReason::None, {}};
}

LifecycleEvent step(MeetingState state, QDate day)
{
    return LifecycleEvent{state, text("Nguyễn Văn An"), QDateTime(day, QTime(14, 0), Qt::UTC), {}};
}

Meeting meeting(const char* name, QDate day, MeetingKind kind)
{
    Meeting m;
    m.id = VillageFixture::meeting(name);
    m.orgId = VillageFixture::eaKring();
    m.date = day;
    m.kind = kind;
    m.start = QTime(19, 30);
    m.end = QTime(21, 15);
    m.place = text("Nhà văn hóa buôn Ea Kring");
    m.chairId = VillageFixture::member("Nguyễn Văn An");
    m.minuteTakerId = VillageFixture::member("Đặng Thị Bình");
    return m;
}

QList<Meeting> meetings()
{
    Meeting september = meeting("september", QDate(2026, 9, 5), MeetingKind::Regular);
    september.agenda = {text("Kiểm điểm việc thực hiện nghị quyết tháng 8"),
                        text("Phương hướng nhiệm vụ tháng 9")};
    september.state = MeetingState::Locked;
    september.lifecycle = {step(MeetingState::Held, QDate(2026, 9, 5)),
                           step(MeetingState::MinutesApproved, QDate(2026, 9, 12)),
                           step(MeetingState::Locked, QDate(2026, 9, 30))};
    september.minutes = text("Đồng chí An khai mạc, 6 đồng chí phát biểu.");
    september.attendance = {present("Nguyễn Văn An"), present("Đặng Thị Bình"), present("Y Bhim Niê"),
                            present("Hoàng Thị Mai")};
    Meeting thematic = meeting("thematic", QDate(2026, 10, 3), MeetingKind::Thematic);
    thematic.topic = text("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    thematic.place = text("Nhà đồng chí Y Bhim Niê");
    thematic.agenda = {text("Giới thiệu chuyên đề"), text("Thảo luận, liên hệ bản thân")};
    thematic.chairId = VillageFixture::member("Đặng Thị Bình");
    thematic.minuteTakerId = VillageFixture::member("Y Bhim Niê");
    thematic.state = MeetingState::MinutesApproved;
    thematic.lifecycle = {step(MeetingState::Held, QDate(2026, 10, 3)),
                          step(MeetingState::MinutesApproved, QDate(2026, 10, 8))};
    thematic.attendance = {present("Nguyễn Văn An"), present("Đặng Thị Bình"), present("Y Bhim Niê")};
    Meeting october = meeting("october", QDate(2026, 10, 10), MeetingKind::Regular);
    october.start = QTime(19, 0);
    october.end = QTime(20, 45);
    october.agenda = {text("Kiểm điểm việc thực hiện nghị quyết tháng 9"),
                      text("Phương hướng nhiệm vụ tháng 10"), text("Công tác phát triển đảng viên")};
    october.minuteTakerId = VillageFixture::member("Y Bhim Niê");
    october.state = MeetingState::Held;
    october.lifecycle = {step(MeetingState::Held, QDate(2026, 10, 10))};
    october.attendance = {present("Nguyễn Văn An"), present("Đặng Thị Bình"), present("Y Bhim Niê"),
                          present("Hoàng Thị Mai")};
    return {september, thematic, october};
}

Target target(const char* name, const QString& title, YearMonth due, TargetStatus status)
{
    Target t;
    t.id = VillageFixture::target(name);
    t.orgId = VillageFixture::eaKring();
    t.title = title;
    t.dueMonth = due;
    t.status = status;
    t.planned = 5;
    t.unit = text("hộ");
    return t;
}

QList<Target> targets()
{
    Target sanitation =
        target("sanitation", text("Vận động 5 hộ làm nhà tiêu hợp vệ sinh"), {2026, 12}, TargetStatus::Open);
    sanitation.meetingId = VillageFixture::meeting("september");
    sanitation.ownerMemberId = VillageFixture::member("Y Bhim Niê");
    Target admission = target("admission", text("Kết nạp 2 đảng viên mới"), {2026, 12}, TargetStatus::Open);
    admission.planYear = 2026;
    admission.kind = TargetKind::Admission;
    Target done = target("done", text("Tu sửa nhà văn hóa buôn"), {2026, 10}, TargetStatus::Done);
    done.meetingId = VillageFixture::meeting("october");
    Target overdue = target("overdue", text("Thu quỹ khuyến học"), {2026, 9}, TargetStatus::Open);
    overdue.meetingId = VillageFixture::meeting("october");
    Target nextYear = target("next-year", text("Kết nạp 3 đảng viên mới"), {2027, 12}, TargetStatus::Open);
    nextYear.planYear = 2027;
    Target thon1 = target("thon1", text("Làm 300 mét đường bê tông"), {2026, 12}, TargetStatus::Open);
    thon1.orgId = VillageFixture::thon1();
    thon1.planYear = 2026;
    return {sanitation, admission, done, overdue, nextYear, thon1};
}

void addPersonalRecords(Dataset& data)
{
    const QUuid binh = VillageFixture::member("Đặng Thị Bình");
    const QUuid tu = VillageFixture::member("Đinh Văn Tú");
    const QUuid bhim = VillageFixture::member("Y Bhim Niê");
    data.assignments = {{idFor(text("Bình/phân công")),
                         binh,
                         VillageFixture::eaKring(),
                         text("Theo dõi hộ nghèo"),
                         text("Khu 2 buôn Ea Kring"),
                         10,
                         QDate(2026, 1, 1),
                         {},
                         {{QDate(2026, 3, 2), text("Đã thăm 4 hộ")}}},
                        {idFor(text("Tú/phân công")),
                         tu,
                         VillageFixture::eaKring(),
                         text("Tuyên truyền phòng cháy rừng"),
                         text("Rẫy cà phê phía đông"),
                         6,
                         QDate(2026, 11, 15),
                         {},
                         {}}};
    data.leaves = {{idFor(text("Bình/ốm")), binh, LeaveKind::Sick, QDate(2026, 3, 1), QDate(2026, 3, 20), {}},
                   {idFor(text("Tú/nghỉ")), tu, LeaveKind::Other, QDate(2026, 11, 18), QDate(2026, 11, 21),
                    text("Về quê")}};
    data.dues = {{binh, {2026, 10}, DuesState::Paid, 30000}, {tu, {2026, 11}, DuesState::Paid, 20000}};
    data.disciplines = {{idFor(text("Bhim/kỷ luật")),
                         DisciplineSubject::Member,
                         bhim,
                         {},
                         DisciplineForm::Reprimand,
                         QDate(2025, 10, 2),
                         text("Chi bộ buôn Ea Kring"),
                         text("Số 3-QĐ/CB"),
                         text("Vắng sinh hoạt 3 lần không lý do"),
                         true,
                         false}};
    data.violations = {{idFor(text("Tú/vi phạm")), tu, QDate(2026, 11, 16), ViolationKind::TrafficLaw, {}}};
    data.commendations = {{idFor(text("Tú/khen")),
                           tu,
                           {},
                           QDate(2026, 11, 19),
                           text("Giấy khen của Đảng ủy xã"),
                           text("Đảng ủy xã Ea Sin"),
                           text("Số 12-QĐ/ĐU")}};
    data.ratings = {{idFor(text("rating/september")),
                     QStringLiteral("chat-luong-sinh-hoat-hd12"),
                     QStringLiteral("chi-uy-hop-truoc"),
                     VillageFixture::meeting("september"),
                     {},
                     QStringLiteral("yes"),
                     {},
                     text("Nguyễn Văn An"),
                     QDate(2026, 9, 6)},
                    {idFor(text("rating/tu")), QStringLiteral("dang-vien-5-tot"),
                     QStringLiteral("tu-danh-gia"), tu, QStringLiteral("2026"), QStringLiteral("tot"),
                     text("Tự đánh giá"), text("Đinh Văn Tú"), QDate(2026, 11, 20)}};
}

} // namespace

QUuid VillageFixture::eaSin()
{
    return idFor(text("Đảng bộ xã Ea Sin"));
}

QUuid VillageFixture::eaKring()
{
    return idFor(text("Chi bộ buôn Ea Kring"));
}

QUuid VillageFixture::thon1()
{
    return idFor(text("Chi bộ thôn 1"));
}

QUuid VillageFixture::member(const char* fullName)
{
    return idFor(text(fullName));
}

QUuid VillageFixture::meeting(const char* name)
{
    return idFor(u"meeting/" + text(name));
}

QUuid VillageFixture::target(const char* name)
{
    return idFor(u"target/" + text(name));
}

Dataset VillageFixture::dataset()
{
    Dataset data;
    const Organisation commune = anOrganisation(text("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    data.organisations = {commune,
                          anOrganisation(text("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id),
                          anOrganisation(text("Chi bộ thôn 1"), OrgKind::SubordinateCell, commune.id)};
    data.members = eaKringMembers() + thon1Members();
    data.meetings = meetings();
    data.targets = targets();
    addPersonalRecords(data);
    return data;
}

VillageFixture::VillageFixture()
{
    auto opened = Workspace::openInMemory();
    REQUIRE(opened.ok());
    workspace = std::move(opened).value();
    const auto imported = DatasetTransfer::importDataset(*workspace, dataset(), QStringLiteral("village"));
    INFO((imported ? QString() : imported.error().toString()));
    REQUIRE(imported.ok());
}

Member VillageFixture::storedMember(const QUuid& id) const
{
    const std::optional<Member> found = findMember(id);
    REQUIRE(found.has_value());
    return *found;
}

std::optional<Member> VillageFixture::findMember(const QUuid& id) const
{
    const auto found = workspace->storage().members().find(id);
    REQUIRE(found.ok());
    return *found;
}

std::optional<Meeting> VillageFixture::findMeeting(const QUuid& id) const
{
    const auto found = workspace->storage().meetings().find(id);
    REQUIRE(found.ok());
    return *found;
}

std::optional<Target> VillageFixture::findTarget(const QUuid& id) const
{
    const auto found = workspace->storage().records().findTarget(id);
    REQUIRE(found.ok());
    return *found;
}

Dataset VillageFixture::everything() const
{
    const auto all = workspace->storage().loadAll();
    REQUIRE(all.ok());
    return *all;
}

} // namespace chibo::test
