// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestKit.h"

#include "support/TestData.h"

#include <algorithm>

namespace chibo::test {

Meeting aMeeting(const QString& key, const QUuid& orgId, QDate date, MeetingKind kind, int minutes)
{
    Meeting meeting;
    meeting.id = idFor(key);
    meeting.orgId = orgId;
    meeting.date = date;
    meeting.kind = kind;
    meeting.start = QTime(19, 0);
    meeting.end = meeting.start.addSecs(minutes * 60);
    meeting.place = QStringLiteral("Nhà văn hóa buôn");
    meeting.state = MeetingState::Held;
    return meeting;
}

void attend(Meeting& meeting, const Member& member, AttendanceStatus status)
{
    AbsenceReason reason = AbsenceReason::None;
    if (status == AttendanceStatus::AbsentExcused)
        reason = AbsenceReason::Work;
    meeting.attendance.append({member.id, status, reason, {}});
}

void addEvent(Member& member, QDate date, StatusEventKind kind)
{
    member.statusEvents.append(
        {idFor(member.fullName + date.toString(Qt::ISODate) + QString::number(int(kind))),
         date,
         kind,
         {},
         {}});
}

ScoringInput anInput(const Dataset& dataset, const QUuid& scope, int year, int month, QDate asOf)
{
    ScoringInput input;
    input.dataset = &dataset;
    input.scopeOrgId = scope;
    input.year = year;
    input.month = month;
    input.asOf = asOf;
    return input;
}

SubjectRef subjectOf(const QList<SubjectRef>& subjects, const QUuid& id, const QString& period)
{
    const auto it = std::find_if(subjects.cbegin(), subjects.cend(), [&](const SubjectRef& s) {
        return s.id == id && (period.isEmpty() || s.period == period);
    });
    return it == subjects.cend() ? SubjectRef{} : *it;
}

ScoreValue inputOf(const MetricValue& value, const QString& name)
{
    for (const NamedValue& input : value.inputs) {
        if (input.name == name)
            return input.value;
    }
    return ScoreValue::missing();
}

bool hasRecord(const MetricValue& value, const QString& kind, const QUuid& id, const QString& detail)
{
    return value.records.contains(RecordRef{kind, id, detail});
}

QString detailOf(const Member& member)
{
    return member.id.toString(QUuid::WithoutBraces);
}

QMap<QString, QString> args(std::initializer_list<std::pair<const char16_t*, const char16_t*>> entries)
{
    QMap<QString, QString> map;
    for (const auto& [key, value] : entries)
        map.insert(QString::fromUtf16(key), QString::fromUtf16(value));
    return map;
}

} // namespace chibo::test
