// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleDatasets.h"

#include "support/TestData.h"

#include <QFile>

namespace chibo::test {

namespace {

const QUuid province = idFor(QStringLiteral("Đảng bộ tỉnh Đắk Lắk"));
const QUuid company = idFor(QStringLiteral("Chi bộ Công ty TNHH MTV Cà phê Ea Sin"));
const QUuid commune = idFor(QStringLiteral("Đảng bộ xã Ea Sin"));
const QUuid eaKring = idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
const QUuid binhId = idFor(QStringLiteral("Đặng Thị Bình"));
const QUuid bhimId = idFor(QStringLiteral("Y Bhim Niê"));
const QUuid quangId = idFor(QStringLiteral("Trần Văn Quang"));
const QUuid meetingId = idFor(QStringLiteral("Sinh hoạt chuyên đề tháng 3/2025"));

QList<Organisation> organisations()
{
    Organisation top = anOrganisation(QStringLiteral("Đảng bộ tỉnh Đắk Lắk"), OrgKind::UpperCommittee);
    top.cellType = CellType::Agency;
    Organisation firm = anOrganisation(QStringLiteral("Chi bộ Công ty TNHH MTV Cà phê Ea Sin"),
                                       OrgKind::GrassrootsCell, province);
    firm.cellType = CellType::Enterprise;
    firm.locality = QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk");
    firm.shortName = QStringLiteral("CB");
    firm.establishedOn = QDate(1998, 4, 30);
    firm.terms = {{idFor(QStringLiteral("nhiệm kỳ 2025–2027")), QDate(2025, 7, 1), QDate(2027, 6, 30),
                   QStringLiteral("2025–2027")}};
    Organisation committee =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee, province);
    committee.shortName = QStringLiteral("ĐU");
    Organisation cell =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune);
    cell.locality = QStringLiteral("buôn Ea Kring, xã Ea Sin");
    return {top, firm, committee, cell};
}

Member binh()
{
    Member member = aMember(QStringLiteral("Đặng Thị Bình"), eaKring, QDate(2008, 5, 19), QDate(2030, 1, 1));
    member.givenName = QStringLiteral("Bình");
    member.birthDate = QDate(1985, 2, 14);
    member.sex = Sex::Female;
    member.ethnicity = QStringLiteral("Kinh");
    member.religion = QStringLiteral("Không");
    member.hometown = QStringLiteral("xã Hòa Thắng, tỉnh Đắk Lắk");
    member.citizenId = QStringLiteral("066185001234");
    member.phone = QStringLiteral("0912 345 678");
    member.partyCardNumber = QStringLiteral("66.012345");
    member.worksInPoliticalSystem = true;
    member.note = QStringLiteral("Chuyển sinh hoạt từ Chi bộ Công ty TNHH MTV Cà phê Ea Sin.");
    member.statusEvents[0].decision = QStringLiteral("Số 125-QĐ/ĐU");
    member.statusEvents[0].note = QStringLiteral("Kết nạp tại hội trường xã");
    member.memberships = {
        {idFor(QStringLiteral("Bình/công ty")), company, QDate(2008, 5, 19), QDate(2015, 12, 31),
         CellMembership::Kind::Official},
        {idFor(QStringLiteral("Bình/Ea Kring")),
         eaKring,
         QDate(2016, 1, 1),
         {},
         CellMembership::Kind::Official},
    };
    member.positions = {{idFor(QStringLiteral("Bình/bí thư")), eaKring, Position::Secretary,
                         QDate(2020, 7, 1), QDate(2025, 6, 30)},
                        {idFor(QStringLiteral("Bình/chi ủy viên")),
                         eaKring,
                         Position::CommitteeMember,
                         QDate(2025, 7, 1),
                         {}}};
    return member;
}

Member bhim()
{
    Member member = aMember(QStringLiteral("Y Bhim Niê"), eaKring, QDate(2025, 1, 10));
    member.ethnicity = QStringLiteral("Ê Đê");
    member.religion = QStringLiteral("Tin Lành");
    // Temporarily registered with the company cell for the harvest, then back.
    member.memberships.append({idFor(QStringLiteral("Bhim/tạm thời")), company, QDate(2025, 10, 1),
                               QDate(2025, 12, 31), CellMembership::Kind::Temporary});
    return member;
}

Member quang()
{
    Member member = aMember(QStringLiteral("Trần Văn Quang"), eaKring, QDate(1979, 9, 2), QDate(2030, 1, 1));
    member.statusEvents.append({idFor(QStringLiteral("Quang/miễn")), QDate(2024, 6, 1),
                                StatusEventKind::ExemptionStarted, QStringLiteral("Số 40-QĐ/ĐU"),
                                QStringLiteral("Tuổi cao, sức khỏe yếu")});
    return member;
}

Meeting thematicMeeting()
{
    Meeting meeting;
    meeting.id = meetingId;
    meeting.orgId = eaKring;
    meeting.date = QDate(2025, 3, 5);
    meeting.start = QTime(19, 30);
    meeting.end = QTime(21, 45);
    meeting.kind = MeetingKind::Thematic;
    meeting.place = QStringLiteral("Nhà văn hóa buôn Ea Kring");
    meeting.topic = QStringLiteral("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    meeting.chairId = binhId;
    meeting.minuteTakerId = bhimId;
    meeting.upperAttendees = {QStringLiteral("Lê Văn Hùng — Phó Bí thư Đảng ủy xã")};
    meeting.agenda = {QStringLiteral("Đánh giá việc thực hiện nghị quyết tháng 2"),
                      QStringLiteral("Sinh hoạt chuyên đề"), QStringLiteral("Triển khai nhiệm vụ tháng 3")};
    meeting.documentsPostedOn = QDate(2025, 3, 1);
    meeting.speakersCount = 5;
    meeting.minutes =
        QStringLiteral("Đồng chí Bình quán triệt chuyên đề; 5 đồng chí phát biểu.\n\"Đạt yêu cầu\".");
    meeting.conclusion = QStringLiteral("Mỗi đảng viên đăng ký một việc làm cụ thể.");
    meeting.state = MeetingState::Locked;
    meeting.lifecycle = {
        {MeetingState::Held, QStringLiteral("Đặng Thị Bình"),
         QDateTime(QDate(2025, 3, 5), QTime(21, 50), Qt::OffsetFromUTC, 7 * 3600), QStringLiteral("Đã họp")},
        {MeetingState::MinutesApproved,
         QStringLiteral("Đặng Thị Bình"),
         QDateTime(QDate(2025, 3, 6), QTime(1, 2, 3, 450), Qt::UTC),
         {}},
        {MeetingState::Locked, {}, {}, {}},
    };
    meeting.attendance = {
        {binhId, AttendanceStatus::Late, AbsenceReason::Work, QStringLiteral("Đến muộn 10 phút do họp thôn")},
        {bhimId, AttendanceStatus::Present, AbsenceReason::None, {}},
    };
    return meeting;
}

void addMemberRecords(Dataset& data)
{
    data.targets = {{idFor(QStringLiteral("chỉ tiêu kết nạp 2025")), eaKring, meetingId, 2025,
                     QStringLiteral("Kết nạp đảng viên mới"), TargetKind::Admission, binhId,
                     YearMonth(2025, 12), 2, 3, QStringLiteral("người"), TargetStatus::Exceeded,
                     QStringLiteral("Vượt 150%")}};
    data.assignments = {{idFor(QStringLiteral("phân công Bhim")),
                         bhimId,
                         eaKring,
                         QStringLiteral("Theo dõi, giúp đỡ các hộ gia đình"),
                         QStringLiteral("Khu 2 buôn Ea Kring"),
                         12,
                         QDate(2025, 2, 1),
                         QDate(2025, 12, 31),
                         {{QDate(2025, 6, 15), QStringLiteral("Các hộ đều chấp hành tốt")}}}};
    data.disciplines = {
        {idFor(QStringLiteral("kỷ luật Bình")),
         DisciplineSubject::Member,
         binhId,
         {},
         DisciplineForm::Warning,
         QDate(2025, 8, 10),
         QStringLiteral("Ủy ban Kiểm tra Đảng ủy xã Ea Sin"),
         QStringLiteral("Số 12-QĐ/UBKT"),
         QStringLiteral("Chậm nộp báo cáo"),
         true,
         true},
        {idFor(QStringLiteral("kỷ luật chi ủy")),
         DisciplineSubject::Committee,
         {},
         eaKring,
         DisciplineForm::Reprimand,
         QDate(2025, 9, 1),
         {},
         {},
         {},
         false,
         false},
    };
    data.leaves = {{idFor(QStringLiteral("nghỉ thai sản Bình")), binhId, LeaveKind::Maternity,
                    QDate(2025, 4, 1), QDate(2025, 9, 30), QStringLiteral("Nghỉ thai sản 6 tháng")}};
    data.dues = {{binhId, YearMonth(2025, 3), DuesState::Unpaid, 30000},
                 {bhimId, YearMonth(2025, 3), DuesState::Paid, 9007199254740993}};
    data.violations = {{idFor(QStringLiteral("vi phạm giao thông")), bhimId, QDate(2025, 5, 20),
                        ViolationKind::TrafficLaw, QStringLiteral("Không đội mũ bảo hiểm")}};
    data.commendations = {
        {idFor(QStringLiteral("giấy khen Bình")),
         binhId,
         {},
         QDate(2025, 1, 20),
         QStringLiteral("Giấy khen của Đảng ủy xã"),
         QStringLiteral("Đảng ủy xã Ea Sin"),
         QStringLiteral("Số 30-QĐ/ĐU")},
        {idFor(QStringLiteral("giấy khen chi bộ")),
         {},
         eaKring,
         QDate(2025, 1, 20),
         QStringLiteral("Chi bộ hoàn thành xuất sắc nhiệm vụ năm 2024"),
         {},
         {}},
    };
    const QString secretary = QStringLiteral("Y Bhim Niê — Bí thư chi bộ");
    data.ratings = {
        {idFor(QStringLiteral("điểm Bình 2025")), QStringLiteral("xep-loai-dang-vien-qd366"),
         QStringLiteral("diem-ket-qua-nhiem-vu"), binhId, QStringLiteral("2025"), QStringLiteral("62.5"),
         QStringLiteral("Tự đánh giá, chi bộ thống nhất"), secretary, QDate(2025, 12, 15)},
        {idFor(QStringLiteral("lãnh đạo Ea Kring 2025")),
         QStringLiteral("chi-bo-bon-tot"),
         QStringLiteral("lanh-dao-nhiem-vu-chinh-tri"),
         eaKring,
         QStringLiteral("2025-12"),
         QStringLiteral("tot"),
         {},
         QStringLiteral("Nguyễn Văn An — Phó Bí thư Đảng ủy xã"),
         QDate(2025, 12, 20)},
        {idFor(QStringLiteral("chuẩn bị sinh hoạt 3/2025")),
         QStringLiteral("chat-luong-sinh-hoat-hd12"),
         QStringLiteral("chuan-bi"),
         meetingId,
         {},
         QStringLiteral("yes"),
         {},
         secretary,
         QDate(2025, 3, 20)},
    };
}

} // namespace

Dataset everyFieldDataset()
{
    Dataset data;
    data.organisations = organisations();
    data.members = {binh(), bhim(), quang()};
    data.meetings = {thematicMeeting()};
    addMemberRecords(data);
    return data;
}

Dataset requiredFieldsDataset()
{
    Dataset data;
    Organisation cell;
    cell.id = eaKring;
    cell.name = QStringLiteral("Chi bộ buôn Ea Kring");
    data.organisations = {cell};
    Member member;
    member.id = bhimId;
    member.fullName = QStringLiteral("Y Bhim Niê");
    member.statusEvents = {{idFor(QStringLiteral("Bhim/kết nạp")), QDate(2025, 1, 10), {}, {}, {}}};
    member.memberships = {{idFor(QStringLiteral("Bhim/chi bộ")), eaKring, QDate(2025, 1, 10), {}, {}}};
    member.positions = {{idFor(QStringLiteral("Bhim/chi ủy")), eaKring, {}, QDate(2025, 2, 1), {}}};
    data.members = {member};
    Meeting meeting;
    meeting.id = meetingId;
    meeting.orgId = eaKring;
    meeting.date = QDate(2025, 3, 5);
    meeting.lifecycle = {LifecycleEvent{}};
    meeting.attendance = {Attendance{bhimId, {}, {}, {}}};
    data.meetings = {meeting};
    data.targets = {{idFor(QStringLiteral("chỉ tiêu")),
                     eaKring,
                     {},
                     0,
                     QStringLiteral("Kết nạp"),
                     {},
                     {},
                     {},
                     0,
                     0,
                     {},
                     {},
                     {}}};
    data.assignments = {{idFor(QStringLiteral("phân công")),
                         bhimId,
                         eaKring,
                         QStringLiteral("Theo dõi hộ"),
                         {},
                         0,
                         QDate(2025, 2, 1),
                         {},
                         {{QDate(2025, 6, 15), {}}}}};
    data.disciplines = {
        {idFor(QStringLiteral("kỷ luật")), {}, bhimId, {}, {}, QDate(2025, 8, 10), {}, {}, {}, false, false}};
    data.leaves = {{idFor(QStringLiteral("nghỉ ốm")), bhimId, {}, QDate(2025, 4, 1), {}, {}}};
    data.dues = {{bhimId, YearMonth(2025, 3), {}, 0}};
    data.violations = {{idFor(QStringLiteral("vi phạm")), bhimId, QDate(2025, 5, 20), {}, {}}};
    data.commendations = {
        {idFor(QStringLiteral("khen")), bhimId, {}, QDate(2025, 1, 20), QStringLiteral("Giấy khen"), {}, {}}};
    data.ratings = {{idFor(QStringLiteral("đánh giá")),
                     QStringLiteral("chat-luong-sinh-hoat-hd12"),
                     QStringLiteral("chuan-bi"),
                     meetingId,
                     {},
                     QStringLiteral("yes"),
                     {},
                     QStringLiteral("Y Bhim Niê"),
                     QDate(2025, 3, 6)}};
    return data;
}

QByteArray readTestFile(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace chibo::test
