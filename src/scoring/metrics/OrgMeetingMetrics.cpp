// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/OrgMeetingMetrics.h"

#include "core/YearMonth.h"
#include "scoring/metrics/MeetingMetrics.h"
#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

#include <QSet>

namespace chibo {

namespace {

using Stats = MetricData::MeetingStats;

/// A stretch of the period: a month or a quarter.
struct Span {
    QDate first;
    QDate last;
};

bool existed(const MetricData& data, const QUuid& orgId, QDate day)
{
    const Organisation* org = data.tree().find(orgId);
    return org && (!org->establishedOn.isValid() || org->establishedOn <= day);
}

/// Months (quarters when `monthsPerSpan` is 3) lying wholly in the subject's period that have ended
/// by its effective end and in which the organisation existed.
QList<Span> elapsed(const MetricData& data, const SubjectRef& subject, int monthsPerSpan)
{
    QList<Span> spans;
    for (YearMonth month = YearMonth::of(subject.from); month.lastDay() <= subject.to;
         month = month.addMonths(1)) {
        if ((month.month - 1) % monthsPerSpan != 0 || month.firstDay() < subject.from)
            continue;
        const Span span{month.firstDay(), month.addMonths(monthsPerSpan - 1).lastDay()};
        if (span.last <= subject.to && existed(data, subject.orgId, span.last))
            spans.append(span);
    }
    return spans;
}

std::span<const Meeting* const> held(const MetricData& data, const SubjectRef& subject)
{
    return data.heldMeetings(subject.orgId, subject.from, subject.to);
}

MetricValue spansElapsed(const MetricData& data, const SubjectRef& subject, int monthsPerSpan)
{
    MetricValueBuilder builder;
    return builder.count(elapsed(data, subject, monthsPerSpan).size());
}

/// Elapsed spans with (or, when `without`, without) a held meeting of the `kind` asked for.
MetricValue spansWithMeeting(const MetricData& data, const MetricArgs& args, const SubjectRef& subject,
                             int monthsPerSpan, bool without)
{
    MetricValueBuilder builder;
    const QList<Span> spans = elapsed(data, subject, monthsPerSpan);
    qint64 with = 0;
    for (const Span& span : spans) {
        bool found = false;
        for (const Meeting* meeting : data.heldMeetings(subject.orgId, span.first, span.last)) {
            if (!args.meetingKindMatches(*meeting))
                continue;
            found = true;
            builder.meeting(meeting->id);
        }
        with += found ? 1 : 0;
    }
    builder.input(QStringLiteral("elapsed"), Rational(spans.size()));
    builder.input(QStringLiteral("with_meeting"), Rational(with));
    return builder.count(without ? spans.size() - with : with);
}

MetricValue monthsElapsed(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return spansElapsed(data, subject, 1);
}

MetricValue quartersElapsed(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return spansElapsed(data, subject, 3);
}

MetricValue monthsWith(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return spansWithMeeting(data, args, subject, 1, false);
}

MetricValue monthsWithout(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return spansWithMeeting(data, args, subject, 1, true);
}

MetricValue quartersWith(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return spansWithMeeting(data, args, subject, 3, false);
}

MetricValue quartersWithout(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return spansWithMeeting(data, args, subject, 3, true);
}

MetricValue meetings(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Meeting* meeting : held(data, subject)) {
        if (!args.meetingKindMatches(*meeting))
            continue;
        ++count;
        builder.meeting(meeting->id);
    }
    return builder.count(count);
}

/// Held regular and thematic meetings shorter than the minimum that applies to each; extraordinary
/// meetings have no minimum.
MetricValue meetingsShort(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Meeting* meeting : held(data, subject)) {
        const Stats* stats = data.stats(meeting->id);
        if (meeting->kind == MeetingKind::Extraordinary || !stats ||
            meeting->durationMinutes() >= MeetingMetrics::requiredMinutes(*meeting, stats->cellMembers, args))
            continue;
        ++count;
        builder.meeting(meeting->id);
    }
    return builder.count(count);
}

MetricValue attendanceRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 attended = 0;
    qint64 expected = 0;
    for (const Meeting* meeting : held(data, subject)) {
        if (const Stats* stats = data.stats(meeting->id)) {
            attended += stats->attended;
            expected += stats->expected;
            builder.meeting(meeting->id);
        }
    }
    return builder.share(QStringLiteral("attended"), attended, QStringLiteral("expected"), expected);
}

MetricValue absentUnexcused(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Meeting* meeting : held(data, subject)) {
        const Stats* stats = data.stats(meeting->id);
        for (qsizetype index : stats ? stats->presences : QList<qsizetype>()) {
            const MetricData::Presence& presence = data.presence(index);
            if (presence.row && presence.row->status == AttendanceStatus::AbsentUnexcused) {
                ++count;
                builder.attendance(meeting->id, data.memberAt(presence.member).id);
            }
        }
    }
    return builder.count(count);
}

/// Distinct members whose run of excused absences at this organisation passed `limit` at one of its
/// held meetings in the period; the records are the attendance rows where it was over the limit.
MetricValue excusedRunOver(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const qint64 limit = args.number(QStringLiteral("limit"), 3);
    QSet<qsizetype> members;
    for (const Meeting* meeting : held(data, subject)) {
        const Stats* stats = data.stats(meeting->id);
        for (qsizetype index : stats ? stats->presences : QList<qsizetype>()) {
            const MetricData::Presence& presence = data.presence(index);
            if (presence.run <= limit)
                continue;
            members.insert(presence.member);
            builder.attendance(meeting->id, data.memberAt(presence.member).id);
        }
    }
    builder.input(QStringLiteral("limit"), Rational(limit));
    return builder.count(members.size());
}

MetricValue documentsOnTimeRate(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const qint64 days = args.number(QStringLiteral("days"), 1);
    qint64 onTime = 0;
    qint64 total = 0;
    for (const Meeting* meeting : held(data, subject)) {
        ++total;
        const bool posted =
            meeting->documentsPostedOn.isValid() && meeting->documentsPostedOn.daysTo(meeting->date) >= days;
        onTime += posted ? 1 : 0;
        if (!posted)
            builder.meeting(meeting->id);
    }
    builder.input(QStringLiteral("days"), Rational(days));
    return builder.share(QStringLiteral("on_time"), onTime, QStringLiteral("meetings"), total);
}

MetricValue minutesRecordedRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 recorded = 0;
    qint64 total = 0;
    for (const Meeting* meeting : held(data, subject)) {
        ++total;
        const bool has = !meeting->minutes.trimmed().isEmpty();
        recorded += has ? 1 : 0;
        if (!has)
            builder.meeting(meeting->id);
    }
    return builder.share(QStringLiteral("recorded"), recorded, QStringLiteral("meetings"), total);
}

} // namespace

void OrgMeetingMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"org.months_elapsed", monthsElapsed},
        {u"org.quarters_elapsed", quartersElapsed},
        {u"org.meetings", meetings},
        {u"org.months_with_meeting", monthsWith},
        {u"org.months_without_meeting", monthsWithout},
        {u"org.quarters_with_meeting", quartersWith},
        {u"org.quarters_without_meeting", quartersWithout},
        {u"org.meetings_short", meetingsShort},
        {u"org.attendance_rate", attendanceRate},
        {u"org.absent_unexcused", absentUnexcused},
        {u"org.excused_run_over", excusedRunOver},
        {u"org.documents_on_time_rate", documentsOnTimeRate},
        {u"org.minutes_recorded_rate", minutesRecordedRate},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
