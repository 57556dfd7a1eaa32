// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"

#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace chibo::test {

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Organisation org(const QString& name, OrgKind kind, const QUuid& parent,
                 CellType type = CellType::Residential)
{
    Organisation o = anOrganisation(name, kind, parent);
    o.cellType = type;
    o.locality = QStringLiteral("tỉnh Đắk Lắk");
    o.shortName = kind == OrgKind::GrassrootsCommittee ? QStringLiteral("ĐU") : QStringLiteral("CB");
    o.establishedOn = d(1997, 3, 2);
    return o;
}

QList<Organisation> sampleOrganisations()
{
    Organisation easin = org(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee, {});
    easin.locality = QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk");
    easin.terms = {
        {idFor(QStringLiteral("Ea Sin/2020")), d(2020, 7, 1), d(2025, 6, 30), QStringLiteral("2020–2025")},
        {idFor(QStringLiteral("Ea Sin/2025")), d(2025, 7, 1), {}, QStringLiteral("2025–2030")}};
    Organisation kring = org(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, easin.id);
    kring.terms = {{idFor(QStringLiteral("Ea Kring/2025")), d(2025, 5, 1), {}, QStringLiteral("2025–2027")}};
    Organisation thon = org(QStringLiteral("Chi bộ thôn 3"), OrgKind::SubordinateCell, easin.id);
    Organisation cune = org(QStringLiteral("Đảng bộ xã Cư Né"), OrgKind::GrassrootsCommittee, {});
    Organisation kdroCell =
        org(QStringLiteral("Chi bộ buôn Kdrô"), OrgKind::SubordinateCell, cune.id, CellType::Other);
    return {easin, kring, thon, cune, kdroCell};
}

Member withDetails(Member m, Sex sex, const QString& ethnicity)
{
    m.sex = sex;
    m.ethnicity = ethnicity;
    m.religion = QStringLiteral("Không");
    m.hometown = QStringLiteral("xã Ea Sin, huyện Krông Búk, tỉnh Đắk Lắk");
    m.birthDate = m.ceremonyDate.addYears(-30);
    m.phone = QStringLiteral("0905 123 456");
    m.partyCardNumber = QStringLiteral("66.012345");
    return m;
}

QList<Member> sampleMembers()
{
    Member an =
        withDetails(aMember(QStringLiteral("Nguyễn Văn An"), eaKring(), d(2010, 5, 19), d(2026, 1, 1)),
                    Sex::Male, QStringLiteral("Kinh"));
    an.worksInPoliticalSystem = true;
    an.citizenId = QStringLiteral("066080001234");
    an.note = QStringLiteral("Bí thư chi bộ từ 2020.");
    // Two events on one day: their order is data and must survive.
    an.statusEvents.append({idFor(QStringLiteral("An/exempt")), d(2024, 3, 1),
                            StatusEventKind::ExemptionStarted, QStringLiteral("Số 12-QĐ/ĐU"),
                            QStringLiteral("Ốm dài ngày")});
    an.statusEvents.append({idFor(QStringLiteral("An/exempt-end")), d(2024, 3, 1),
                            StatusEventKind::ExemptionEnded, QStringLiteral("Số 13-QĐ/ĐU"),
                            QStringLiteral("Nhập nhầm, hủy")});
    an.positions = {
        {idFor(QStringLiteral("An/secretary")), eaKring(), Position::Secretary, d(2020, 7, 1), {}},
        {idFor(QStringLiteral("An/committee")), eaSin(), Position::CommitteeMember, d(2020, 7, 1), {}}};

    Member binh =
        withDetails(aMember(QStringLiteral("Đặng Thị Bình"), eaKring(), d(2015, 2, 3), d(2026, 1, 1)),
                    Sex::Female, QStringLiteral("Kinh"));
    binh.memberships.first().to = d(2023, 8, 31);
    binh.memberships.append(
        {idFor(QStringLiteral("Bình/thôn 3")), thon3(), d(2023, 9, 1), {}, CellMembership::Kind::Official});

    Member bhim = withDetails(aMember(QStringLiteral("Y Bhim Niê"), eaKring(), d(2019, 9, 2), d(2026, 1, 1)),
                              Sex::Male, QStringLiteral("Ê Đê"));
    bhim.givenName = QStringLiteral("Bhim");

    Member hoa = withDetails(aMember(QStringLiteral("Trần Thị Hoa"), kdro(), d(2012, 1, 6), d(2026, 1, 1)),
                             Sex::Female, QStringLiteral("Kinh"));

    Member cuong = withDetails(aMember(QStringLiteral("Lê Văn Cường"), kdro(), d(2018, 6, 1), d(2026, 1, 1)),
                               Sex::Male, QStringLiteral("Tày"));
    cuong.memberships.first().to = d(2024, 12, 31);
    cuong.memberships.append(
        {idFor(QStringLiteral("Cường/thôn 3")), thon3(), d(2025, 1, 1), {}, CellMembership::Kind::Official});
    cuong.statusEvents.append({idFor(QStringLiteral("Cường/in")),
                               d(2025, 1, 1),
                               StatusEventKind::TransferredInOfficial,
                               QStringLiteral("Số 7-GGT/ĐU"),
                               {}});
    cuong.positions = {{idFor(QStringLiteral("Cường/group")), kdro(), Position::GroupLeader, d(2020, 1, 1),
                        d(2024, 12, 31)}};
    return {an, binh, bhim, hoa, cuong};
}

Meeting meeting(const QString& key, const QUuid& orgId, QDate date)
{
    Meeting m;
    m.id = idFor(key);
    m.orgId = orgId;
    m.date = date;
    m.start = QTime(19, 30);
    m.end = QTime(21, 45, 30);
    m.place = QStringLiteral("Nhà văn hóa buôn");
    m.state = MeetingState::Held;
    return m;
}

QList<Meeting> sampleMeetings()
{
    Meeting march = meeting(QStringLiteral("Ea Kring/2025-03"), eaKring(), d(2025, 3, 5));
    march.kind = MeetingKind::Combined;
    march.topic = QStringLiteral("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    march.chairId = nguyenVanAn();
    march.minuteTakerId = yBhimNie();
    march.upperAttendees = {QStringLiteral("Hoàng Văn Sơn — Phó Bí thư Đảng ủy xã")};
    march.agenda = {QStringLiteral("Kiểm điểm tháng 2"), QStringLiteral("Chuyên đề"),
                    QStringLiteral("Kế hoạch tháng 3")};
    march.documentsPostedOn = d(2025, 3, 1);
    march.speakersCount = 4;
    march.minutes = QStringLiteral("Đồng chí An khai mạc…");
    march.conclusion = QStringLiteral("Chi bộ thống nhất 3 nhiệm vụ.");
    march.state = MeetingState::MinutesApproved;
    march.lifecycle = {
        {MeetingState::Held,
         QStringLiteral("Nguyễn Văn An"),
         QDateTime(d(2025, 3, 5), QTime(21, 50), QTimeZone::utc()),
         {}},
        {MeetingState::MinutesApproved, QStringLiteral("Nguyễn Văn An"),
         QDateTime(d(2025, 3, 6), QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))),
         QStringLiteral("Đã ký")}};
    march.attendance = {
        {yBhimNie(), AttendanceStatus::Late, AbsenceReason::None, QStringLiteral("Đến muộn 10 phút")},
        {nguyenVanAn(), AttendanceStatus::Present, AbsenceReason::None, {}}};

    Meeting april = meeting(QStringLiteral("thôn 3/2025-04"), thon3(), d(2025, 4, 3));
    april.attendance = {{dangThiBinh(), AttendanceStatus::AbsentExcused, AbsenceReason::Maternity, {}},
                        {leVanCuong(), AttendanceStatus::Present, AbsenceReason::None, {}}};
    Meeting kdroMeeting = meeting(QStringLiteral("Kdrô/2025-03"), kdro(), d(2025, 3, 10));
    kdroMeeting.attendance = {{tranThiHoa(), AttendanceStatus::AbsentUnexcused, AbsenceReason::None, {}}};
    return {march, april, kdroMeeting};
}

void addTargetsAndAssignments(Dataset& data)
{
    data.targets = {{idFor(QStringLiteral("target/roads")),
                     eaKring(),
                     idFor(QStringLiteral("Ea Kring/2025-03")),
                     0,
                     QStringLiteral("Vận động làm đường bê tông"),
                     TargetKind::Task,
                     nguyenVanAn(),
                     YearMonth(2025, 6),
                     500,
                     120,
                     QStringLiteral("mét"),
                     TargetStatus::Open,
                     {}},
                    {idFor(QStringLiteral("target/admission")),
                     eaSin(),
                     {},
                     2025,
                     QStringLiteral("Kết nạp đảng viên mới"),
                     TargetKind::Admission,
                     {},
                     YearMonth(2025, 12),
                     6,
                     2,
                     QStringLiteral("người"),
                     TargetStatus::Open,
                     {}},
                    {idFor(QStringLiteral("target/kdro")),
                     kdro(),
                     {},
                     2025,
                     QStringLiteral("Chỉ tiêu Kdrô"),
                     TargetKind::Task,
                     {},
                     {},
                     1,
                     0,
                     QStringLiteral("việc"),
                     TargetStatus::Cancelled,
                     QStringLiteral("Hủy")}};
    data.assignments = {
        {idFor(QStringLiteral("assign/An")),
         nguyenVanAn(),
         eaKring(),
         QStringLiteral("Theo dõi hộ nghèo"),
         QStringLiteral("Buôn Ea Kring"),
         12,
         d(2025, 1, 1),
         {},
         {{d(2025, 2, 1), QStringLiteral("Đã thăm 5 hộ")}, {d(2025, 3, 1), QStringLiteral("Đủ 12 hộ")}}},
        {idFor(QStringLiteral("assign/Cường")),
         leVanCuong(),
         kdro(),
         QStringLiteral("Tổ an ninh"),
         {},
         0,
         d(2021, 1, 1),
         d(2024, 12, 31),
         {}}};
}

void addRecords(Dataset& data)
{
    addTargetsAndAssignments(data);
    data.disciplines = {{idFor(QStringLiteral("disc/Bhim")),
                         DisciplineSubject::Member,
                         yBhimNie(),
                         {},
                         DisciplineForm::Reprimand,
                         d(2024, 10, 2),
                         QStringLiteral("Chi bộ buôn Ea Kring"),
                         QStringLiteral("Số 3-QĐ/CB"),
                         QStringLiteral("Vắng sinh hoạt 2 lần"),
                         true,
                         false},
                        {idFor(QStringLiteral("disc/Kdrô")),
                         DisciplineSubject::Committee,
                         {},
                         kdro(),
                         DisciplineForm::Warning,
                         d(2023, 5, 5),
                         QStringLiteral("Ủy ban Kiểm tra Đảng ủy xã Cư Né"),
                         QStringLiteral("Số 9-QĐ/UBKT"),
                         QStringLiteral("Buông lỏng lãnh đạo"),
                         false,
                         true}};
    data.leaves = {{idFor(QStringLiteral("leave/Bình")), dangThiBinh(), LeaveKind::Maternity, d(2025, 3, 1),
                    d(2025, 8, 31), QStringLiteral("Nghỉ thai sản")}};
    data.dues = {{nguyenVanAn(), YearMonth(2025, 1), DuesState::Paid, 30000},
                 {nguyenVanAn(), YearMonth(2025, 2), DuesState::Unpaid, 0},
                 {dangThiBinh(), YearMonth(2025, 1), DuesState::Exempt, 0},
                 {tranThiHoa(), YearMonth(2025, 1), DuesState::Paid, 25000}};
    data.violations = {{idFor(QStringLiteral("viol/Cường")), leVanCuong(), d(2025, 2, 14),
                        ViolationKind::TrafficLaw, QStringLiteral("Không đội mũ bảo hiểm")}};
    data.commendations = {{idFor(QStringLiteral("comm/An")),
                           nguyenVanAn(),
                           {},
                           d(2024, 12, 20),
                           QStringLiteral("Đảng viên hoàn thành xuất sắc nhiệm vụ"),
                           QStringLiteral("Đảng ủy xã Ea Sin"),
                           QStringLiteral("Số 40-QĐ/ĐU")},
                          {idFor(QStringLiteral("comm/thôn 3")),
                           {},
                           thon3(),
                           d(2024, 12, 20),
                           QStringLiteral("Chi bộ trong sạch, vững mạnh"),
                           QStringLiteral("Đảng ủy xã Ea Sin"),
                           QStringLiteral("Số 41-QĐ/ĐU")}};
}

/// One rating of each kind of subject in each commune; "by" names the secretary who entered it.
QList<Rating> sampleRatings()
{
    const QString an = QStringLiteral("Nguyễn Văn An — Bí thư chi bộ");
    const QString note = QStringLiteral("Tự đánh giá, chi bộ thống nhất");
    const QUuid eaKringMarch = idFor(QStringLiteral("Ea Kring/2025-03"));
    const QUuid kdroMarch = idFor(QStringLiteral("Kdrô/2025-03"));
    return {
        {idFor(QStringLiteral("rating/An/điểm")), QStringLiteral("xep-loai-dang-vien-qd366"),
         QStringLiteral("diem-tieu-chi-chung"), nguyenVanAn(), QStringLiteral("2025"), QStringLiteral("27"),
         note, an, d(2025, 12, 15)},
        {idFor(QStringLiteral("rating/Hoa/tự phê bình")), QStringLiteral("dang-vien-5-tot"),
         QStringLiteral("tu-phe-binh"), tranThiHoa(), QStringLiteral("2025"), QStringLiteral("yes"), note,
         QStringLiteral("Lê Văn Cường — Bí thư chi bộ"), d(2025, 12, 16)},
        {idFor(QStringLiteral("rating/Ea Kring/lãnh đạo")), QStringLiteral("chi-bo-bon-tot"),
         QStringLiteral("lanh-dao-nhiem-vu-chinh-tri"), eaKring(), QStringLiteral("2025"),
         QStringLiteral("tot"), QStringLiteral("Đảng ủy xã đánh giá"),
         QStringLiteral("Y Bhim Niê — Bí thư Đảng ủy xã"), d(2025, 12, 28)},
        {idFor(QStringLiteral("rating/Kdrô/đoàn kết")),
         QStringLiteral("chi-bo-bon-tot"),
         QStringLiteral("doan-ket-noi-bo"),
         kdro(),
         QStringLiteral("2025"),
         QStringLiteral("yes"),
         {},
         QStringLiteral("Trần Thị Hoa — Phó Bí thư Đảng ủy xã"),
         d(2025, 12, 28)},
        {idFor(QStringLiteral("rating/Ea Kring 3/chuẩn bị")),
         QStringLiteral("chat-luong-sinh-hoat-hd12"),
         QStringLiteral("chuan-bi"),
         eaKringMarch,
         {},
         QStringLiteral("yes"),
         {},
         an,
         d(2025, 3, 6)},
        {idFor(QStringLiteral("rating/Kdrô 3/nguyên tắc")),
         QStringLiteral("chat-luong-sinh-hoat-hd12"),
         QStringLiteral("nguyen-tac-to-chuc"),
         kdroMarch,
         {},
         QStringLiteral("no"),
         QStringLiteral("Không đủ số lượng đảng viên dự"),
         QStringLiteral("Lê Văn Cường — Bí thư chi bộ"),
         d(2025, 3, 11)},
    };
}

} // namespace

QUuid eaSin()
{
    return idFor(QStringLiteral("Đảng bộ xã Ea Sin"));
}
QUuid eaKring()
{
    return idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
}
QUuid thon3()
{
    return idFor(QStringLiteral("Chi bộ thôn 3"));
}
QUuid cuNe()
{
    return idFor(QStringLiteral("Đảng bộ xã Cư Né"));
}
QUuid kdro()
{
    return idFor(QStringLiteral("Chi bộ buôn Kdrô"));
}
QUuid nguyenVanAn()
{
    return idFor(QStringLiteral("Nguyễn Văn An"));
}
QUuid dangThiBinh()
{
    return idFor(QStringLiteral("Đặng Thị Bình"));
}
QUuid yBhimNie()
{
    return idFor(QStringLiteral("Y Bhim Niê"));
}
QUuid tranThiHoa()
{
    return idFor(QStringLiteral("Trần Thị Hoa"));
}
QUuid leVanCuong()
{
    return idFor(QStringLiteral("Lê Văn Cường"));
}

Dataset sampleDataset()
{
    Dataset data;
    data.organisations = sampleOrganisations();
    data.members = sampleMembers();
    data.meetings = sampleMeetings();
    addRecords(data);
    data.ratings = sampleRatings();
    return data;
}

std::unique_ptr<Database> openFile(const QString& path)
{
    auto opened = Database::openSqlite(path);
    INFO((opened.ok() ? QString() : opened.error().toString()));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

std::unique_ptr<Database> openMemory()
{
    auto opened = Database::openSqliteInMemory();
    INFO((opened.ok() ? QString() : opened.error().toString()));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {

/// A bare connection, removed when the last copy of the handle is gone.
class BareConnection {
public:
    explicit BareConnection(const QString& path)
        : m_name(u"bare-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~BareConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

Status runSql(const QString& dbPath, const QStringList& statements)
{
    BareConnection connection(dbPath);
    QSqlQuery query(connection.db());
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement))
            return Error{QStringLiteral("test.sql"), query.lastError().text() + u" in: " + statement, {}};
    }
    return {};
}

Status runSqlFile(const QString& dbPath, const QString& sqlPath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("test.io"), u"cannot read " + sqlPath, {}};
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            lines.append(line);
    }
    return runSql(dbPath, lines.join(u'\n').split(QStringLiteral(";\n")));
}

QString queryValue(const QString& dbPath, const QString& sql)
{
    BareConnection connection(dbPath);
    QSqlQuery query(connection.db());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<%1>").arg(query.lastError().text());
    return query.value(0).toString();
}

QStringList schemaOf(const QString& dbPath)
{
    BareConnection connection(dbPath);
    QSqlQuery query(connection.db());
    QStringList schema;
    query.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (query.next())
        schema.append(query.value(0).toString() + u' ' + query.value(1).toString() + u": " +
                      query.value(2).toString());
    return schema;
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(CHIBO_STORAGE_FIXTURES "/") + name;
}

} // namespace chibo::test
