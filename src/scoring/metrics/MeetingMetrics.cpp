// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MeetingMetrics.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

#include <functional>

namespace chibo {

namespace {

using Stats = MetricData::MeetingStats;
using MeetingCompute = std::function<MetricValue(const Meeting&, const Stats&, MetricValueBuilder&)>;

/// Looks up the subject's meeting and its totals; a value about a meeting that was not held is missing.
MetricValue withMeeting(const MetricData& data, const SubjectRef& subject, const MeetingCompute& compute)
{
    MetricValueBuilder builder;
    const Meeting* meeting = data.meeting(subject.id);
    const Stats* stats = data.stats(subject.id);
    if (!meeting || !stats)
        return builder.missing();
    builder.meeting(meeting->id);
    return compute(*meeting, *stats, builder);
}

/// The attendance rows of the meeting's presences that satisfy `keep`.
template <typename Keep>
void addRows(const MetricData& data, const Stats& stats, MetricValueBuilder& builder, Keep keep)
{
    for (qsizetype index : stats.presences) {
        const MetricData::Presence& presence = data.presence(index);
        if (keep(presence))
            builder.attendance(presence.meeting->id, data.memberAt(presence.member).id);
    }
}

MetricValue durationMinutes(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.count(m.durationMinutes());
    });
}

MetricValue requiredMinutesMetric(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting& m, const Stats& s, MetricValueBuilder& b) {
        b.input(QStringLiteral("cell_members"), Rational(s.cellMembers));
        b.input(QStringLiteral("combined"), m.kind == MeetingKind::Combined);
        return b.count(MeetingMetrics::requiredMinutes(m, s.cellMembers, args));
    });
}

MetricValue durationShortfall(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting& m, const Stats& s, MetricValueBuilder& b) {
        const int required = MeetingMetrics::requiredMinutes(m, s.cellMembers, args);
        b.input(QStringLiteral("duration"), Rational(m.durationMinutes()));
        b.input(QStringLiteral("required"), Rational(required));
        return b.count(std::max(0, required - m.durationMinutes()));
    });
}

MetricValue isRegular(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(m.kind == MeetingKind::Regular || m.kind == MeetingKind::Combined);
    });
}

MetricValue isThematic(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(m.isThematic());
    });
}

MetricValue isCombined(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(m.kind == MeetingKind::Combined);
    });
}

MetricValue cellMembers(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        return b.count(s.cellMembers);
    });
}

MetricValue expected(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b, [](const MetricData::Presence& p) { return p.row != nullptr; });
        b.input(QStringLiteral("unrecorded"), Rational(s.unrecorded));
        return b.count(s.expected);
    });
}

MetricValue attended(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b, [](const MetricData::Presence& p) { return p.row && p.row->attended(); });
        return b.count(s.attended);
    });
}

MetricValue late(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b, [](const MetricData::Presence& p) { return p.has(AttendanceStatus::Late); });
        return b.count(s.late);
    });
}

MetricValue absentExcused(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b,
                [](const MetricData::Presence& p) { return p.has(AttendanceStatus::AbsentExcused); });
        return b.count(s.excused);
    });
}

MetricValue absentUnexcused(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b,
                [](const MetricData::Presence& p) { return p.has(AttendanceStatus::AbsentUnexcused); });
        return b.count(s.unexcused);
    });
}

MetricValue attendanceRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting&, const Stats& s, MetricValueBuilder& b) {
        addRows(data, s, b, [](const MetricData::Presence& p) { return p.row && !p.row->attended(); });
        return b.share(QStringLiteral("attended"), s.attended, QStringLiteral("expected"), s.expected);
    });
}

MetricValue excusedRunOver(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    const qint64 limit = args.number(QStringLiteral("limit"), 3);
    return withMeeting(data, subject, [&](const Meeting& m, const Stats& s, MetricValueBuilder& b) {
        qint64 over = 0;
        for (qsizetype index : s.presences) {
            const MetricData::Presence& presence = data.presence(index);
            if (presence.run <= limit)
                continue;
            ++over;
            // The run's rows: this member's excused absences at this cell going back from here.
            const QList<qsizetype>& mine = data.presencesOf(presence.member);
            const QUuid memberId = data.memberAt(presence.member).id;
            int left = presence.run;
            for (qsizetype i = mine.indexOf(index); i >= 0 && left > 0; --i) {
                const MetricData::Presence& earlier = data.presence(mine[i]);
                if (earlier.meeting->orgId != m.orgId)
                    continue;
                b.attendance(earlier.meeting->id, memberId);
                --left;
            }
        }
        b.input(QStringLiteral("limit"), Rational(limit));
        return b.count(over);
    });
}

MetricValue speakers(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.count(m.speakersCount);
    });
}

MetricValue speakersRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats& s, MetricValueBuilder& b) {
        return b.share(QStringLiteral("speakers"), m.speakersCount, QStringLiteral("attended"), s.attended);
    });
}

MetricValue documentsDaysBefore(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        if (!m.documentsPostedOn.isValid())
            return b.missing();
        return b.count(std::max<qint64>(0, m.documentsPostedOn.daysTo(m.date)));
    });
}

MetricValue minutesRecorded(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(!m.minutes.trimmed().isEmpty());
    });
}

MetricValue conclusionRecorded(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(!m.conclusion.trimmed().isEmpty());
    });
}

MetricValue minutesApproved(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.flag(m.state == MeetingState::MinutesApproved || m.state == MeetingState::Locked);
    });
}

MetricValue upperAttendees(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        return b.count(m.upperAttendees.size());
    });
}

MetricValue targetsSet(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        const QList<const Target*>& targets = data.targetsOfMeeting(m.id);
        for (const Target* target : targets)
            b.record(QStringLiteral("target"), target->id);
        return b.count(targets.size());
    });
}

MetricValue previousResolutionCompletion(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return withMeeting(data, subject, [&](const Meeting& m, const Stats&, MetricValueBuilder& b) {
        const Meeting* previous = data.previousHeld(m);
        qint64 due = 0;
        qint64 met = 0;
        if (previous) {
            b.meeting(previous->id);
            for (const Target* target : data.targetsOfMeeting(previous->id)) {
                if (target->status == TargetStatus::Cancelled || target->dueMonth > YearMonth::of(m.date))
                    continue;
                ++due;
                met +=
                    target->status == TargetStatus::Done || target->status == TargetStatus::Exceeded ? 1 : 0;
                b.record(QStringLiteral("target"), target->id);
            }
        }
        return b.share(QStringLiteral("met"), met, QStringLiteral("due"), due);
    });
}

} // namespace

int MeetingMetrics::requiredMinutes(const Meeting& meeting, int cellMembers, const MetricArgs& args)
{
    qint64 required = args.number(QStringLiteral("regular"), 90);
    if (meeting.kind == MeetingKind::Combined)
        required = std::max(required, args.number(QStringLiteral("combined"), 120));
    const qint64 largeFrom = args.number(QStringLiteral("large_cell_members"), 0);
    if (largeFrom > 0 && cellMembers >= largeFrom)
        required = std::max(required, args.number(QStringLiteral("large_cell"), 120));
    return int(required);
}

void MeetingMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"meeting.duration_minutes", durationMinutes},
        {u"meeting.required_minutes", requiredMinutesMetric},
        {u"meeting.duration_shortfall", durationShortfall},
        {u"meeting.is_regular", isRegular},
        {u"meeting.is_thematic", isThematic},
        {u"meeting.is_combined", isCombined},
        {u"meeting.cell_members", cellMembers},
        {u"meeting.expected", expected},
        {u"meeting.attended", attended},
        {u"meeting.late", late},
        {u"meeting.absent_excused", absentExcused},
        {u"meeting.absent_unexcused", absentUnexcused},
        {u"meeting.attendance_rate", attendanceRate},
        {u"meeting.excused_run_over", excusedRunOver},
        {u"meeting.speakers", speakers},
        {u"meeting.speakers_rate", speakersRate},
        {u"meeting.documents_days_before", documentsDaysBefore},
        {u"meeting.minutes_recorded", minutesRecorded},
        {u"meeting.conclusion_recorded", conclusionRecorded},
        {u"meeting.minutes_approved", minutesApproved},
        {u"meeting.upper_attendees", upperAttendees},
        {u"meeting.targets_set", targetsSet},
        {u"meeting.previous_resolution_completion", previousResolutionCompletion},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
