// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommuneWorld.h"

#include "MetricsTestKit.h"
#include "support/TestData.h"

namespace chibo::test {

namespace {

qsizetype indexOfName(const Dataset& data, const QString& name)
{
    for (qsizetype i = 0; i < data.members.size(); ++i) {
        if (data.members[i].fullName == name)
            return i;
    }
    return -1;
}

Member registeredFrom(const QString& name, const QUuid& cell, QDate ceremony, QDate from,
                      bool recognised = true)
{
    Member member = aMember(name, cell, ceremony, recognised ? QDate(2030, 1, 1) : QDate());
    member.memberships.first().from = from;
    return member;
}

void addOrganisations(Dataset& data)
{
    data.organisations.append(anOrganisation(QStringLiteral("Huyện ủy Krông Búk"), OrgKind::UpperCommittee));
    data.organisations.append(anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"),
                                             OrgKind::GrassrootsCommittee, CommuneWorld::huyen()));
    Organisation eaKring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, CommuneWorld::xa());
    eaKring.establishedOn = QDate(2000, 5, 1);
    Organisation thon1 =
        anOrganisation(QStringLiteral("Chi bộ thôn 1"), OrgKind::SubordinateCell, CommuneWorld::xa());
    thon1.establishedOn = QDate(2025, 3, 1);
    Organisation thon3 =
        anOrganisation(QStringLiteral("Chi bộ thôn 3"), OrgKind::SubordinateCell, CommuneWorld::xa());
    thon3.establishedOn = QDate(2015, 1, 1);
    data.organisations.append(eaKring);
    data.organisations.append(
        anOrganisation(QStringLiteral("Tổ đảng số 1"), OrgKind::PartyGroup, CommuneWorld::eaKring()));
    data.organisations.append(thon1);
    data.organisations.append(thon3);
}

/// Ea Kring: An (bí thư), Bình (official date recorded wrongly), Y Bhim Niê, Cường, Khánh (from thôn 1
/// on 1 June), Ngọc (admitted 20 April). Thôn 1 from 1 March: Dung, Em (probation ended 6 May 2025),
/// Gấm. Thôn 3: Hải, Phúc (exempt), Giang (transferred out on 1 April).
void addMembers(Dataset& data)
{
    const QDate old(2010, 1, 10);
    Member an = aMember(QStringLiteral("Nguyễn Văn An"), CommuneWorld::eaKring(), old, QDate(2030, 1, 1));
    an.positions.append({idFor(QStringLiteral("An bí thư")),
                         CommuneWorld::eaKring(),
                         Position::Secretary,
                         QDate(2020, 8, 1),
                         {}});
    Member binh = aMember(QStringLiteral("Đặng Thị Bình"), CommuneWorld::eaKring(), old, QDate(2030, 1, 1));
    binh.officialDate = QDate(2011, 2, 1);
    data.members = {an, binh};
    data.members.append(
        aMember(QStringLiteral("Y Bhim Niê"), CommuneWorld::eaKring(), old, QDate(2030, 1, 1)));
    data.members.append(
        aMember(QStringLiteral("Lê Văn Cường"), CommuneWorld::eaKring(), old, QDate(2030, 1, 1)));
    Member khanh =
        registeredFrom(QStringLiteral("Ngô Văn Khánh"), CommuneWorld::thon1(), old, QDate(2025, 3, 1));
    khanh.memberships.first().to = QDate(2025, 5, 31);
    khanh.memberships.append({idFor(QStringLiteral("Khánh Ea Kring")),
                              CommuneWorld::eaKring(),
                              QDate(2025, 6, 1),
                              {},
                              CellMembership::Kind::Official});
    data.members.append(khanh);
    data.members.append(
        aMember(QStringLiteral("Hoàng Thị Ngọc"), CommuneWorld::eaKring(), QDate(2025, 4, 20)));
    data.members.append(
        registeredFrom(QStringLiteral("Trần Thị Dung"), CommuneWorld::thon1(), old, QDate(2025, 3, 1)));
    data.members.append(registeredFrom(QStringLiteral("Hoàng Văn Em"), CommuneWorld::thon1(),
                                       QDate(2024, 5, 6), QDate(2025, 3, 1), false));
    data.members.append(
        registeredFrom(QStringLiteral("Phạm Thị Gấm"), CommuneWorld::thon1(), old, QDate(2025, 3, 1)));
    data.members.append(aMember(QStringLiteral("Vũ Văn Hải"), CommuneWorld::thon3(), old, QDate(2030, 1, 1)));
    Member phuc = aMember(QStringLiteral("Lý Văn Phúc"), CommuneWorld::thon3(), old, QDate(2030, 1, 1));
    addEvent(phuc, QDate(2024, 3, 1), StatusEventKind::ExemptionStarted);
    Member giang = aMember(QStringLiteral("Phạm Văn Giang"), CommuneWorld::thon3(), old, QDate(2030, 1, 1));
    giang.memberships.first().to = QDate(2025, 3, 31);
    addEvent(giang, QDate(2025, 4, 1), StatusEventKind::TransferredOutOfficial);
    data.members.append(phuc);
    data.members.append(giang);
}

/// Ea Kring January–May (March combined): Y Bhim Niê absent without reason January–March and with
/// reason in April; Cường absent without reason in April; Ngọc present in May. 16 of 21 attended.
/// Documents a day ahead only in January; minutes in January and February. Thôn 1: April.
void addMeetings(Dataset& data)
{
    const auto member = [&](const QString& name) {
        return data.members[indexOfName(data, name)];
    };
    for (int month = 1; month <= 5; ++month) {
        const MeetingKind kind = month == 3 ? MeetingKind::Combined : MeetingKind::Regular;
        Meeting m = aMeeting(QStringLiteral("Ea Kring tháng %1").arg(month), CommuneWorld::eaKring(),
                             QDate(2025, month, 10), kind, 130);
        attend(m, member(QStringLiteral("Nguyễn Văn An")));
        attend(m, member(QStringLiteral("Đặng Thị Bình")));
        attend(m, member(QStringLiteral("Y Bhim Niê")),
               month <= 3 ? AttendanceStatus::AbsentUnexcused
                          : (month == 4 ? AttendanceStatus::AbsentExcused : AttendanceStatus::Present));
        attend(m, member(QStringLiteral("Lê Văn Cường")),
               month == 4 ? AttendanceStatus::AbsentUnexcused : AttendanceStatus::Present);
        if (month == 5)
            attend(m, member(QStringLiteral("Hoàng Thị Ngọc")));
        if (month == 1)
            m.documentsPostedOn = m.date.addDays(-1);
        if (month == 2)
            m.documentsPostedOn = m.date;
        if (month <= 2)
            m.minutes = QStringLiteral("Chi bộ thảo luận kế hoạch tháng.");
        data.meetings.append(m);
    }
    Meeting thon1 = aMeeting(QStringLiteral("Thôn 1 tháng 4"), CommuneWorld::thon1(), QDate(2025, 4, 12));
    data.meetings.append(thon1);
}

/// Ea Kring's targets read on 15 June 2025: counted are A, B, C (Bình's, overdue), D (June, still
/// open), F (yearly admission plan) and H (Bình's, done); E is due in September, G cancelled.
void addTargets(Dataset& data)
{
    const auto add = [&](const QString& title, YearMonth due, TargetStatus status, qint64 planned,
                         qint64 actual, const QString& owner = {}) {
        Target t;
        t.id = idFor(title);
        t.orgId = CommuneWorld::eaKring();
        t.title = title;
        t.dueMonth = due;
        t.planned = planned;
        t.actual = actual;
        t.status = status;
        t.ownerMemberId = owner.isEmpty() ? QUuid() : idFor(owner);
        data.targets.append(t);
        return &data.targets.last();
    };
    const QString binh = QStringLiteral("Đặng Thị Bình");
    add(QStringLiteral("A: vận động hộ nghèo"), {2025, 3}, TargetStatus::Done, 10, 10);
    add(QStringLiteral("B: trồng cây xanh"), {2025, 4}, TargetStatus::Exceeded, 5, 7);
    add(QStringLiteral("C: thu quỹ khuyến học"), {2025, 5}, TargetStatus::Open, 2, 0, binh);
    add(QStringLiteral("D: sửa nhà văn hóa"), {2025, 6}, TargetStatus::Open, 1, 0);
    add(QStringLiteral("E: hội thi cồng chiêng"), {2025, 9}, TargetStatus::Open, 1, 0);
    Target* plan = add(QStringLiteral("F: kết nạp đảng viên"), {}, TargetStatus::Open, 3, 1);
    plan->planYear = 2025;
    plan->kind = TargetKind::Admission;
    add(QStringLiteral("G: tổ chức giao lưu"), {2025, 3}, TargetStatus::Cancelled, 1, 0);
    add(QStringLiteral("H: hướng dẫn kỹ thuật cà phê"), {2025, 3}, TargetStatus::Done, 1, 1, binh);
}

/// An (bí thư, Ea Kring) warned in May; Bình reprimanded in February, self-discovered and remedied;
/// Khánh reprimanded in March while at thôn 1; Hải reprimanded in 2024; thôn 3's committee
/// disciplined in 2024.
void addDisciplines(Dataset& data)
{
    const auto add = [&](const QString& name, DisciplineForm form, QDate date, bool selfRemedied = false) {
        Discipline d;
        d.id = idFor(QStringLiteral("Kỷ luật ") + name);
        d.memberId = idFor(name);
        d.form = form;
        d.decisionDate = date;
        d.issuer = QStringLiteral("Ủy ban Kiểm tra Đảng ủy xã Ea Sin");
        d.selfDiscovered = selfRemedied;
        d.remedied = selfRemedied;
        data.disciplines.append(d);
    };
    add(QStringLiteral("Nguyễn Văn An"), DisciplineForm::Warning, QDate(2025, 5, 5));
    add(QStringLiteral("Đặng Thị Bình"), DisciplineForm::Reprimand, QDate(2025, 2, 1), true);
    add(QStringLiteral("Ngô Văn Khánh"), DisciplineForm::Reprimand, QDate(2025, 3, 20));
    add(QStringLiteral("Vũ Văn Hải"), DisciplineForm::Reprimand, QDate(2024, 10, 1));
    Discipline committee;
    committee.id = idFor(QStringLiteral("Kỷ luật chi ủy thôn 3"));
    committee.subject = DisciplineSubject::Committee;
    committee.orgId = CommuneWorld::thon3();
    committee.form = DisciplineForm::Reprimand;
    committee.decisionDate = QDate(2024, 9, 1);
    data.disciplines.append(committee);
}

/// Violations at thôn 1 (Dung twice, Em once; Gấm's is after 15 June), Dung's sick leave from
/// November 2024, Gấm's open maternity leave from May, Bình's and Cường's unpaid dues, commendations.
void addOtherRecords(Dataset& data)
{
    const auto violation = [&](const QString& key, const QString& name, QDate date, ViolationKind kind) {
        data.violations.append({idFor(key), idFor(name), date, kind, {}});
    };
    violation(QStringLiteral("V1"), QStringLiteral("Trần Thị Dung"), QDate(2025, 3, 2),
              ViolationKind::SocialEvils);
    violation(QStringLiteral("V2"), QStringLiteral("Trần Thị Dung"), QDate(2025, 3, 5),
              ViolationKind::TrafficLaw);
    violation(QStringLiteral("V3"), QStringLiteral("Hoàng Văn Em"), QDate(2025, 4, 1),
              ViolationKind::TrafficLaw);
    violation(QStringLiteral("V4"), QStringLiteral("Phạm Thị Gấm"), QDate(2025, 8, 1),
              ViolationKind::TrafficLaw);
    data.leaves.append({idFor(QStringLiteral("Nghỉ ốm Dung")),
                        idFor(QStringLiteral("Trần Thị Dung")),
                        LeaveKind::Sick,
                        QDate(2024, 11, 1),
                        QDate(2025, 2, 10),
                        {}});
    data.leaves.append({idFor(QStringLiteral("Thai sản Gấm")),
                        idFor(QStringLiteral("Phạm Thị Gấm")),
                        LeaveKind::Maternity,
                        QDate(2025, 5, 1),
                        {},
                        {}});
    for (int month : {1, 2, 3, 8})
        data.dues.append({idFor(QStringLiteral("Đặng Thị Bình")), {2025, month}, DuesState::Unpaid, 0});
    data.dues.append({idFor(QStringLiteral("Đặng Thị Bình")), {2025, 4}, DuesState::Paid, 20000});
    data.dues.append({idFor(QStringLiteral("Lê Văn Cường")), {2025, 2}, DuesState::Unpaid, 0});
    data.commendations.append({idFor(QStringLiteral("Khen Ea Kring")),
                               {},
                               CommuneWorld::eaKring(),
                               QDate(2025, 2, 3),
                               QStringLiteral("Giấy khen của Đảng ủy xã"),
                               {},
                               {}});
    data.commendations.append({idFor(QStringLiteral("Khen Ea Kring 2024")),
                               {},
                               CommuneWorld::eaKring(),
                               QDate(2024, 2, 3),
                               QStringLiteral("Giấy khen của Đảng ủy xã"),
                               {},
                               {}});
    data.commendations.append({idFor(QStringLiteral("Khen Bình")),
                               idFor(QStringLiteral("Đặng Thị Bình")),
                               {},
                               QDate(2025, 1, 15),
                               QStringLiteral("Giấy khen của Đảng ủy xã"),
                               {},
                               {}});
}

} // namespace

Dataset CommuneWorld::build()
{
    Dataset data;
    addOrganisations(data);
    addMembers(data);
    addMeetings(data);
    addTargets(data);
    addDisciplines(data);
    addOtherRecords(data);
    return data;
}

QUuid CommuneWorld::huyen()
{
    return idFor(QStringLiteral("Huyện ủy Krông Búk"));
}

QUuid CommuneWorld::xa()
{
    return idFor(QStringLiteral("Đảng bộ xã Ea Sin"));
}

QUuid CommuneWorld::eaKring()
{
    return idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
}

QUuid CommuneWorld::thon1()
{
    return idFor(QStringLiteral("Chi bộ thôn 1"));
}

QUuid CommuneWorld::thon3()
{
    return idFor(QStringLiteral("Chi bộ thôn 3"));
}

QUuid CommuneWorld::toDang()
{
    return idFor(QStringLiteral("Tổ đảng số 1"));
}

QUuid CommuneWorld::id(const QString& name)
{
    return idFor(name);
}

} // namespace chibo::test
