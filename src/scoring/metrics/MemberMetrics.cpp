// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MemberMetrics.h"

#include "scoring/metrics/MemberFacts.h"
#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

#include <functional>

namespace chibo {

namespace {

using MemberCompute = std::function<MetricValue(qsizetype, MetricValueBuilder&)>;

MetricValue withMember(const MetricData& data, const SubjectRef& subject, const MemberCompute& compute)
{
    MetricValueBuilder builder;
    const qsizetype member = data.memberIndex(subject.id);
    if (member < 0)
        return builder.missing();
    return compute(member, builder);
}

MetricValue stateFlag(const MetricData& data, const SubjectRef& subject, bool (*test)(const MemberState&))
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        return b.flag(test(data.timelineAt(member).stateOn(subject.to)));
    });
}

MetricValue isProbationary(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return stateFlag(data, subject,
                     [](const MemberState& s) { return s.standing == Standing::Probationary; });
}

MetricValue isExempt(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return stateFlag(data, subject, [](const MemberState& s) { return s.exempt; });
}

MetricValue isSuspended(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return stateFlag(data, subject, [](const MemberState& s) { return s.suspended; });
}

MetricValue isTemporarilyAway(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return stateFlag(data, subject, [](const MemberState& s) { return s.temporarilyAway; });
}

MetricValue holdsPost(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        return b.flag(data.timelineAt(member).holdsPostOn(subject.to));
    });
}

MetricValue worksInPoliticalSystem(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        return b.flag(data.memberAt(member).worksInPoliticalSystem);
    });
}

/// The admission ceremony: the recorded date, else the admission event's.
QDate ceremonyOf(const MetricData& data, qsizetype member)
{
    const QDate recorded = data.memberAt(member).ceremonyDate;
    return recorded.isValid() ? recorded : data.timelineAt(member).admittedOn();
}

MetricValue monthsSinceAdmission(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const QDate ceremony = ceremonyOf(data, member);
        if (!ceremony.isValid() || ceremony > subject.to)
            return b.missing();
        return b.count(MemberFacts::wholeMonths(ceremony, subject.to));
    });
}

/// Presence totals over the period's held meetings; `regularOrThematic` leaves out extraordinary ones.
struct Totals {
    qint64 expected = 0;
    qint64 attended = 0;
    qint64 excused = 0;
    qint64 unexcused = 0;
    qint64 maxRun = 0;
};

Totals totals(const MetricData& data, qsizetype member, const SubjectRef& subject, bool regularOrThematic,
              const std::function<bool(const MetricData::Presence&)>& recordIf, MetricValueBuilder& builder)
{
    Totals sum;
    for (qsizetype index : data.presencesOf(member)) {
        const MetricData::Presence& p = data.presence(index);
        if (p.meeting->date < subject.from || p.meeting->date > subject.to ||
            (regularOrThematic && p.meeting->kind == MeetingKind::Extraordinary))
            continue;
        ++sum.expected;
        sum.attended += p.row && p.row->attended() ? 1 : 0;
        sum.excused += p.row && p.row->status == AttendanceStatus::AbsentExcused ? 1 : 0;
        sum.unexcused += p.row && p.row->status == AttendanceStatus::AbsentUnexcused ? 1 : 0;
        sum.maxRun = std::max<qint64>(sum.maxRun, p.run);
        if (recordIf(p))
            builder.attendance(p.meeting->id, data.memberAt(member).id);
    }
    return sum;
}

MetricValue meetingsExpected(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        return b.count(totals(
                           data, member, subject, true, [](const auto& p) { return p.row != nullptr; }, b)
                           .expected);
    });
}

MetricValue meetingsAttended(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const auto attended = [](const MetricData::Presence& p) {
            return p.row && p.row->attended();
        };
        return b.count(totals(data, member, subject, true, attended, b).attended);
    });
}

MetricValue memberAttendanceRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const auto absent = [](const MetricData::Presence& p) {
            return p.row && !p.row->attended();
        };
        const Totals sum = totals(data, member, subject, true, absent, b);
        return b.share(QStringLiteral("attended"), sum.attended, QStringLiteral("expected"), sum.expected);
    });
}

MetricValue memberAbsentExcused(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const auto excused = [](const MetricData::Presence& p) {
            return p.has(AttendanceStatus::AbsentExcused);
        };
        return b.count(totals(data, member, subject, false, excused, b).excused);
    });
}

MetricValue memberAbsentUnexcused(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const auto unexcused = [](const MetricData::Presence& p) {
            return p.has(AttendanceStatus::AbsentUnexcused);
        };
        return b.count(totals(data, member, subject, false, unexcused, b).unexcused);
    });
}

MetricValue maxExcusedRun(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        const auto excused = [](const MetricData::Presence& p) {
            return p.has(AttendanceStatus::AbsentExcused);
        };
        return b.count(totals(data, member, subject, false, excused, b).maxRun);
    });
}

MetricValue monthsInactive(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        return b.count(MemberFacts::monthsInactive(data, member, subject.from, subject.to, &b));
    });
}

MetricValue leaveDays(const MetricData& data, const SubjectRef& subject, LeaveKind kind)
{
    return withMember(data, subject, [&](qsizetype, MetricValueBuilder& b) {
        qint64 days = 0;
        for (const Leave* leave : data.leavesOf(subject.id)) {
            // An open-ended leave runs to the effective end.
            const QDate from = std::max(leave->from, subject.from);
            const QDate to = leave->to.isValid() ? std::min(leave->to, subject.to) : subject.to;
            if (leave->kind != kind || !leave->from.isValid() || to < from)
                continue;
            days += from.daysTo(to) + 1;
            b.record(QStringLiteral("leave"), leave->id);
        }
        return b.count(days);
    });
}

MetricValue sickLeaveDays(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return leaveDays(data, subject, LeaveKind::Sick);
}

MetricValue maternityLeaveDays(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return leaveDays(data, subject, LeaveKind::Maternity);
}

/// Probation ended: still probationary at the effective end, 12 months after the ceremony.
bool probationEnded(const MetricData& data, qsizetype member, const SubjectRef& subject, QDate& end)
{
    const QDate ceremony = ceremonyOf(data, member);
    end = ceremony.isValid() ? MemberTimeline::probationEnd(ceremony) : QDate();
    return end.isValid() && end <= subject.to &&
           data.timelineAt(member).stateOn(subject.to).standing == Standing::Probationary;
}

MetricValue probationEndedMetric(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        QDate end;
        return b.flag(probationEnded(data, member, subject, end));
    });
}

MetricValue workingDaysSinceProbationEnd(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        QDate end;
        if (!probationEnded(data, member, subject, end))
            return b.missing();
        return b.count(MemberFacts::workingDaysAfter(end, subject.to));
    });
}

/// Recognised by the effective end and the recorded official date is not ceremony + 12 months;
/// missing when either date is not recorded.
MetricValue officialDateDiffers(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMember(data, subject, [&](qsizetype member, MetricValueBuilder& b) {
        bool recognised = false;
        for (const StatusEvent& event : data.memberAt(member).statusEvents)
            recognised =
                recognised || (event.kind == StatusEventKind::Recognised && event.date <= subject.to);
        if (!recognised)
            return b.flag(false);
        const QDate ceremony = ceremonyOf(data, member);
        const QDate official = data.memberAt(member).officialDate;
        if (!ceremony.isValid() || !official.isValid())
            return b.missing();
        return b.flag(official != MemberTimeline::probationEnd(ceremony));
    });
}

} // namespace

void MemberMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"member.months_since_admission", monthsSinceAdmission},
        {u"member.is_probationary", isProbationary},
        {u"member.is_exempt", isExempt},
        {u"member.is_suspended", isSuspended},
        {u"member.is_temporarily_away", isTemporarilyAway},
        {u"member.holds_post", holdsPost},
        {u"member.works_in_political_system", worksInPoliticalSystem},
        {u"member.meetings_expected", meetingsExpected},
        {u"member.meetings_attended", meetingsAttended},
        {u"member.attendance_rate", memberAttendanceRate},
        {u"member.absent_excused", memberAbsentExcused},
        {u"member.absent_unexcused", memberAbsentUnexcused},
        {u"member.max_excused_run", maxExcusedRun},
        {u"member.months_inactive", monthsInactive},
        {u"member.sick_leave_days", sickLeaveDays},
        {u"member.maternity_leave_days", maternityLeaveDays},
        {u"member.probation_ended", probationEndedMetric},
        {u"member.working_days_since_probation_end", workingDaysSinceProbationEnd},
        {u"member.official_date_differs", officialDateDiffers},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
