// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineScenario.h"

#include "scoring/engine/EngineRun.h"
#include "support/TestData.h"

namespace chibo::test {

EngineScenario::EngineScenario()
{
    Organisation district =
        anOrganisation(QStringLiteral("Đảng bộ huyện Krông Năng"), OrgKind::UpperCommittee);
    Organisation commune =
        anOrganisation(QStringLiteral("Đảng ủy xã Ea Sin"), OrgKind::GrassrootsCommittee, district.id);
    Organisation eaKringCell =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id);
    Organisation tanLapCell =
        anOrganisation(QStringLiteral("Chi bộ thôn Tân Lập"), OrgKind::SubordinateCell, commune.id);
    Organisation schoolCell =
        anOrganisation(QStringLiteral("Chi bộ Trường THCS Nguyễn Du"), OrgKind::GrassrootsCell, district.id);
    schoolCell.cellType = CellType::School;
    for (Organisation* org : {&district, &commune, &eaKringCell, &tanLapCell, &schoolCell}) {
        org->locality = QStringLiteral("xã Ea Sin, huyện Krông Năng, tỉnh Đắk Lắk");
        org->establishedOn = QDate(1990, 2, 3);
        m_dataset.organisations.append(*org);
    }
}

QUuid EngineScenario::district()
{
    return idFor(QStringLiteral("Đảng bộ huyện Krông Năng"));
}

QUuid EngineScenario::commune()
{
    return idFor(QStringLiteral("Đảng ủy xã Ea Sin"));
}

QUuid EngineScenario::eaKring()
{
    return idFor(QStringLiteral("Chi bộ buôn Ea Kring"));
}

QUuid EngineScenario::tanLap()
{
    return idFor(QStringLiteral("Chi bộ thôn Tân Lập"));
}

QUuid EngineScenario::school()
{
    return idFor(QStringLiteral("Chi bộ Trường THCS Nguyễn Du"));
}

QUuid EngineScenario::addMember(const QString& fullName, const QUuid& cellId, QDate ceremony)
{
    m_dataset.members.append(aMember(fullName, cellId, ceremony, QDate(2026, 1, 31)));
    return m_dataset.members.last().id;
}

QUuid EngineScenario::addMeeting(const QString& name, const QUuid& cellId, QDate date, QTime start, QTime end,
                                 const QList<QUuid>& attended, const QList<QUuid>& absent)
{
    Meeting meeting;
    meeting.id = idFor(name);
    meeting.orgId = cellId;
    meeting.date = date;
    meeting.start = start;
    meeting.end = end;
    meeting.topic = name;
    meeting.minutes = QStringLiteral("Biên bản sinh hoạt chi bộ");
    meeting.state = MeetingState::Held;
    for (const QUuid& member : attended)
        meeting.attendance.append({member, AttendanceStatus::Present, AbsenceReason::None, {}});
    for (const QUuid& member : absent)
        meeting.attendance.append({member, AttendanceStatus::AbsentUnexcused, AbsenceReason::None, {}});
    m_dataset.meetings.append(meeting);
    return meeting.id;
}

void EngineScenario::addRating(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                               const QString& period, const QString& value)
{
    Rating rating;
    rating.id = idFor(QStringLiteral("rating/") + QString::number(++m_serial));
    rating.criteriaId = criteriaId;
    rating.indicatorId = indicatorId;
    rating.subjectId = subjectId;
    rating.period = period;
    rating.value = value;
    rating.enteredBy = QStringLiteral("Nguyễn Văn An");
    rating.enteredOn = QDate(2025, 12, 20);
    m_dataset.ratings.append(rating);
}

void EngineScenario::addDiscipline(const QUuid& memberId, QDate decided, bool selfDiscovered, bool remedied)
{
    Discipline discipline;
    discipline.id = idFor(QStringLiteral("discipline/") + QString::number(++m_serial));
    discipline.memberId = memberId;
    discipline.form = DisciplineForm::Reprimand;
    discipline.decisionDate = decided;
    discipline.issuer = QStringLiteral("Ủy ban Kiểm tra Đảng ủy xã Ea Sin");
    discipline.violation = QStringLiteral("Vi phạm quy định về sinh hoạt đảng");
    discipline.selfDiscovered = selfDiscovered;
    discipline.remedied = remedied;
    m_dataset.disciplines.append(discipline);
}

void EngineScenario::addSickLeave(const QUuid& memberId, QDate from, QDate to)
{
    m_dataset.leaves.append({idFor(QStringLiteral("leave/") + QString::number(++m_serial)), memberId,
                             LeaveKind::Sick, from, to,
                             QStringLiteral("Điều trị tại Bệnh viện Đa khoa tỉnh")});
}

void EngineScenario::addExemption(const QUuid& memberId, QDate from)
{
    for (Member& member : m_dataset.members) {
        if (member.id == memberId)
            member.statusEvents.append({idFor(QStringLiteral("exempt/") + QString::number(++m_serial)),
                                        from,
                                        StatusEventKind::ExemptionStarted,
                                        QStringLiteral("Số 12-QĐ/ĐU"),
                                        {}});
    }
}

void EngineScenario::addTargets(const QUuid& memberId, int count, int exceeded)
{
    for (int i = 0; i < count; ++i) {
        Target target;
        target.id = idFor(QStringLiteral("target/") + QString::number(++m_serial));
        target.orgId = eaKring();
        target.planYear = 2025;
        target.title = QStringLiteral("Vận động hộ dân tham gia xây dựng nông thôn mới");
        target.ownerMemberId = memberId;
        target.dueMonth = YearMonth(2025, 6);
        target.planned = 10;
        target.actual = i < exceeded ? 12 : 10;
        target.status = i < exceeded ? TargetStatus::Exceeded : TargetStatus::Done;
        m_dataset.targets.append(target);
    }
}

ScoringInput EngineScenario::input(int year, int month) const
{
    return {&m_dataset, district(), year, month, QDate(2026, 1, 31)};
}

ScoreCard EngineScenario::card(const Criteria& criteria, const QUuid& subjectId) const
{
    const ScoringInput scoring = input();
    EngineRun run(m_noFiles, scoring);
    for (const SubjectRef& subject : run.metrics().subjects(criteria.subject)) {
        if (subject.id != subjectId)
            continue;
        const ScoreCard* built = run.card(criteria, subject);
        return built ? *built : ScoreCard{};
    }
    return {};
}

QList<ScoreCard> EngineScenario::cards(const Criteria& criteria) const
{
    const ScoringInput scoring = input();
    EngineRun run(m_noFiles, scoring);
    for (const SubjectRef& subject : run.metrics().subjects(criteria.subject))
        (void)run.card(criteria, subject);
    return run.cache().takeCards();
}

QStringList EngineScenario::flagIds(const ScoreCard& card)
{
    QStringList ids;
    for (const Flag& flag : card.flags)
        ids.append(flag.id);
    return ids;
}

} // namespace chibo::test
