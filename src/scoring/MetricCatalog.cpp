// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/MetricCatalog.h"

#include <algorithm>
#include <vector>

namespace chibo {

namespace {

// The argument sets of docs/metrics.md; a metric names one of them.
enum class Args { None, Minutes, Limit, MeetingKind, TargetKind, ViolationKind, Form, Days, Months };

// Which subjects a metric serves.
enum class Serves { Meeting, Org, Member };

struct Entry {
    const char16_t* name;
    Serves serves;
    MetricInfo::Type type;
    Args args;
    const char* description;
};

using T = MetricInfo::Type;

// clang-format off
constexpr Entry kEntries[] = {
    {u"meeting.duration_minutes", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Minutes from the start to the end of the meeting.")},
    {u"meeting.required_minutes", Serves::Meeting, T::Count, Args::Minutes, QT_TRANSLATE_NOOP("MetricCatalog", "The minimum length in minutes that applies to the meeting.")},
    {u"meeting.duration_shortfall", Serves::Meeting, T::Count, Args::Minutes, QT_TRANSLATE_NOOP("MetricCatalog", "Minutes the meeting fell short of the required length (0 when long enough).")},
    {u"meeting.is_regular", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the meeting is a regular meeting.")},
    {u"meeting.is_thematic", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the meeting is a thematic meeting.")},
    {u"meeting.is_combined", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the meeting combines a regular and a thematic session.")},
    {u"meeting.cell_members", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members officially registered at the cell on the meeting's date.")},
    {u"meeting.expected", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members expected at the meeting.")},
    {u"meeting.attended", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Expected members who attended the meeting.")},
    {u"meeting.late", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members who arrived late.")},
    {u"meeting.absent_excused", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Absences with a valid reason.")},
    {u"meeting.absent_unexcused", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Absences without a valid reason.")},
    {u"meeting.attendance_rate", Serves::Meeting, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the expected members who attended.")},
    {u"meeting.excused_run_over", Serves::Meeting, T::Count, Args::Limit, QT_TRANSLATE_NOOP("MetricCatalog", "Members whose run of consecutive excused absences this year is longer than the limit.")},
    {u"meeting.speakers", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members who spoke at the meeting.")},
    {u"meeting.speakers_rate", Serves::Meeting, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the attending members who spoke.")},
    {u"meeting.documents_days_before", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Days between the posting of the documents and the meeting.")},
    {u"meeting.minutes_recorded", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the minutes were recorded.")},
    {u"meeting.conclusion_recorded", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether a conclusion or resolution was recorded.")},
    {u"meeting.minutes_approved", Serves::Meeting, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the minutes were approved.")},
    {u"meeting.upper_attendees", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members of the upper committee who were present.")},
    {u"meeting.targets_set", Serves::Meeting, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Targets set by the meeting's resolution.")},
    {u"meeting.previous_resolution_completion", Serves::Meeting, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the previous meeting's targets due by now that were met.")},

    {u"org.months_elapsed", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Months of the period that have ended and in which the organisation existed.")},
    {u"org.quarters_elapsed", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Quarters of the period that have ended and in which the organisation existed.")},
    {u"org.meetings", Serves::Org, T::Count, Args::MeetingKind, QT_TRANSLATE_NOOP("MetricCatalog", "Meetings held in the period.")},
    {u"org.months_with_meeting", Serves::Org, T::Count, Args::MeetingKind, QT_TRANSLATE_NOOP("MetricCatalog", "Elapsed months with a held meeting.")},
    {u"org.months_without_meeting", Serves::Org, T::Count, Args::MeetingKind, QT_TRANSLATE_NOOP("MetricCatalog", "Elapsed months without a held meeting.")},
    {u"org.quarters_with_meeting", Serves::Org, T::Count, Args::MeetingKind, QT_TRANSLATE_NOOP("MetricCatalog", "Elapsed quarters with a held meeting.")},
    {u"org.quarters_without_meeting", Serves::Org, T::Count, Args::MeetingKind, QT_TRANSLATE_NOOP("MetricCatalog", "Elapsed quarters without a held meeting.")},
    {u"org.meetings_short", Serves::Org, T::Count, Args::Minutes, QT_TRANSLATE_NOOP("MetricCatalog", "Held meetings shorter than required.")},
    {u"org.attendance_rate", Serves::Org, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the expected members who attended, over all held meetings.")},
    {u"org.absent_unexcused", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Absences without a valid reason in the period.")},
    {u"org.excused_run_over", Serves::Org, T::Count, Args::Limit, QT_TRANSLATE_NOOP("MetricCatalog", "Members with a run of consecutive excused absences longer than the limit.")},
    {u"org.documents_on_time_rate", Serves::Org, T::Share, Args::Days, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the held meetings whose documents were posted in time.")},
    {u"org.minutes_recorded_rate", Serves::Org, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the held meetings with minutes.")},
    {u"org.members", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members registered at the organisation or below it.")},
    {u"org.full_members", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Full (not probationary) members registered at the organisation or below it.")},
    {u"org.targets", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The organisation's targets due in the period.")},
    {u"org.targets_met", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The organisation's targets met.")},
    {u"org.targets_exceeded", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The organisation's targets exceeded.")},
    {u"org.targets_missed", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The organisation's targets missed.")},
    {u"org.targets_met_rate", Serves::Org, T::Share, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the organisation's targets that were met.")},
    {u"org.targets_exceeded_rate", Serves::Org, T::Share, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the organisation's targets that were exceeded.")},
    {u"org.targets_planned", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Sum of the planned values of the organisation's targets.")},
    {u"org.targets_actual", Serves::Org, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Sum of the actual values of the organisation's targets.")},
    {u"org.admissions", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Members admitted in the period into the organisation or below it.")},
    {u"org.admission_rate", Serves::Org, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Admissions as a share of the planned admissions.")},
    {u"org.members_disciplined", Serves::Org, T::Count, Args::Form, QT_TRANSLATE_NOOP("MetricCatalog", "Distinct members disciplined in the period.")},
    {u"org.members_disciplined_not_self_remedied", Serves::Org, T::Count, Args::Form, QT_TRANSLATE_NOOP("MetricCatalog", "Distinct members disciplined, leaving out self-discovered and remedied cases.")},
    {u"org.collective_disciplined", Serves::Org, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the organisation or its committee was disciplined.")},
    {u"org.leaders_disciplined", Serves::Org, T::Count, Args::Form, QT_TRANSLATE_NOOP("MetricCatalog", "Members holding a post in the organisation who were disciplined.")},
    {u"org.subordinates", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Direct subordinate organisations.")},
    {u"org.subordinates_disciplined", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Direct subordinate organisations with a discipline.")},
    {u"org.subordinates_disciplined_rate", Serves::Org, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the direct subordinate organisations with a discipline.")},
    {u"org.violations", Serves::Org, T::Count, Args::ViolationKind, QT_TRANSLATE_NOOP("MetricCatalog", "Violations by members of the organisation or below it.")},
    {u"org.members_with_violations", Serves::Org, T::Count, Args::ViolationKind, QT_TRANSLATE_NOOP("MetricCatalog", "Distinct members with violations.")},
    {u"org.members_inactive", Serves::Org, T::Count, Args::Months, QT_TRANSLATE_NOOP("MetricCatalog", "Members inactive for at least the given number of months.")},
    {u"org.members_dues_unpaid", Serves::Org, T::Count, Args::Months, QT_TRANSLATE_NOOP("MetricCatalog", "Members with at least the given number of months of unpaid dues.")},
    {u"org.commendations", Serves::Org, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Commendations of the organisation.")},

    {u"member.months_since_admission", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whole months since the admission ceremony.")},
    {u"member.is_probationary", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member is probationary.")},
    {u"member.is_exempt", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member is exempt from party activities.")},
    {u"member.is_suspended", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member is suspended.")},
    {u"member.is_temporarily_away", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member is temporarily away.")},
    {u"member.holds_post", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member holds a position.")},
    {u"member.works_in_political_system", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member works in the political system.")},
    {u"member.meetings_expected", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Meetings the member was expected at.")},
    {u"member.meetings_attended", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Meetings the member attended.")},
    {u"member.attendance_rate", Serves::Member, T::Share, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the expected meetings the member attended.")},
    {u"member.absent_excused", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "The member's absences with a valid reason.")},
    {u"member.absent_unexcused", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "The member's absences without a valid reason.")},
    {u"member.max_excused_run", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "The member's longest run of consecutive excused absences.")},
    {u"member.months_inactive", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Months in which the member missed every meeting without a valid reason.")},
    {u"member.months_dues_unpaid", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Months whose dues are recorded unpaid.")},
    {u"member.sick_leave_days", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Days of sick leave in the period.")},
    {u"member.maternity_leave_days", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Days of maternity leave in the period.")},
    {u"member.disciplines", Serves::Member, T::Count, Args::Form, QT_TRANSLATE_NOOP("MetricCatalog", "Disciplines decided in the period.")},
    {u"member.disciplines_not_self_remedied", Serves::Member, T::Count, Args::Form, QT_TRANSLATE_NOOP("MetricCatalog", "Disciplines in the period, leaving out self-discovered and remedied cases.")},
    {u"member.targets", Serves::Member, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Targets the member owns that are due in the period.")},
    {u"member.targets_met", Serves::Member, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The member's targets met.")},
    {u"member.targets_exceeded", Serves::Member, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The member's targets exceeded.")},
    {u"member.targets_missed", Serves::Member, T::Count, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "The member's targets missed.")},
    {u"member.targets_met_rate", Serves::Member, T::Share, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the member's targets that were met.")},
    {u"member.targets_exceeded_rate", Serves::Member, T::Share, Args::TargetKind, QT_TRANSLATE_NOOP("MetricCatalog", "Share of the member's targets that were exceeded.")},
    {u"member.violations", Serves::Member, T::Count, Args::ViolationKind, QT_TRANSLATE_NOOP("MetricCatalog", "The member's violations in the period.")},
    {u"member.commendations", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "The member's commendations in the period.")},
    {u"member.probation_ended", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the member is still probationary twelve months after the ceremony.")},
    {u"member.working_days_since_probation_end", Serves::Member, T::Count, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Working days since the end of the probation.")},
    {u"member.official_date_differs", Serves::Member, T::Flag, Args::None, QT_TRANSLATE_NOOP("MetricCatalog", "Whether the recorded official date differs from the ceremony plus twelve months.")},
};
// clang-format on

MetricArg number(const char16_t* name, const char16_t* defaultValue)
{
    return MetricArg{QString::fromUtf16(name), false, QString::fromUtf16(defaultValue), {}};
}

MetricArg codes(const char16_t* name, const char16_t* defaultValue, QStringList allowed)
{
    return MetricArg{QString::fromUtf16(name), true, QString::fromUtf16(defaultValue), std::move(allowed)};
}

QList<MetricArg> argsOf(Args args)
{
    switch (args) {
    case Args::None: return {};
    case Args::Minutes:
        return {number(u"regular", u"90"), number(u"combined", u"120"), number(u"large_cell", u"120"),
                number(u"large_cell_members", u"0")};
    case Args::Limit: return {number(u"limit", u"3")};
    case Args::Days: return {number(u"days", u"1")};
    case Args::Months: return {number(u"months", u"3")};
    case Args::MeetingKind:
        return {codes(u"kind", u"any",
                      {QStringLiteral("regular"), QStringLiteral("thematic"), QStringLiteral("any")})};
    case Args::TargetKind:
        return {codes(u"kind", u"any",
                      {QStringLiteral("task"), QStringLiteral("admission"), QStringLiteral("awareness_class"),
                       QStringLiteral("any")})};
    case Args::ViolationKind:
        return {codes(u"kind", u"any",
                      {QStringLiteral("social_evils"), QStringLiteral("traffic_law"),
                       QStringLiteral("pawning_identity_papers"), QStringLiteral("other"),
                       QStringLiteral("any")})};
    case Args::Form:
        // "this form or a heavier one": the lightest form, the default, counts every discipline.
        return {codes(u"form", u"reprimand",
                      {QStringLiteral("reprimand"), QStringLiteral("warning"),
                       QStringLiteral("removal_from_post"), QStringLiteral("expulsion"),
                       QStringLiteral("dissolution")})};
    }
    return {};
}

QList<SubjectKind> subjectsOf(Serves serves)
{
    switch (serves) {
    case Serves::Meeting: return {SubjectKind::Meeting};
    case Serves::Org: return {SubjectKind::OrganisationMonth, SubjectKind::OrganisationYear};
    case Serves::Member: return {SubjectKind::MemberYear};
    }
    return {};
}

QList<MetricInfo> buildCatalog()
{
    QList<MetricInfo> list;
    list.reserve(qsizetype(std::size(kEntries)));
    for (const Entry& entry : kEntries)
        list.append(MetricInfo{QString::fromUtf16(entry.name), subjectsOf(entry.serves), entry.type,
                               argsOf(entry.args)});
    return list;
}

/// Levenshtein distance, stopping early once every cell of a row exceeds `bound`.
int editDistance(QStringView a, QStringView b, int bound)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        int rowMin = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
            rowMin = std::min(rowMin, row[std::size_t(j)]);
        }
        if (rowMin > bound)
            return bound + 1;
    }
    return row.back();
}

constexpr int kMaxDistance = 3;

} // namespace

const QList<MetricInfo>& MetricCatalog::all()
{
    // A constant table built once; nothing in it changes after construction.
    static const QList<MetricInfo> catalog = buildCatalog();
    return catalog;
}

const MetricInfo* MetricCatalog::find(QStringView name)
{
    const QList<MetricInfo>& catalog = all();
    const auto found = std::find_if(catalog.cbegin(), catalog.cend(),
                                    [&](const MetricInfo& info) { return info.name == name; });
    return found == catalog.cend() ? nullptr : &*found;
}

QString MetricCatalog::closest(QStringView name)
{
    if (name.isEmpty())
        return {};
    QString best;
    int bestDistance = kMaxDistance + 1;
    for (const MetricInfo& info : all()) {
        const int distance = editDistance(name, info.name, kMaxDistance);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = info.name;
        }
    }
    if (!best.isEmpty())
        return best;
    // A truncated or extended name ("meeting.attendance" for "meeting.attendance_rate"): the shortest
    // catalog name that starts with it, or the longest one it starts with.
    for (const MetricInfo& info : all()) {
        const bool extends = info.name.startsWith(name) && name.size() > info.name.indexOf(u'.') + 1;
        if (extends && (best.isEmpty() || info.name.size() < best.size()))
            best = info.name;
    }
    if (!best.isEmpty())
        return best;
    for (const MetricInfo& info : all()) {
        if (name.startsWith(info.name) && info.name.size() > best.size())
            best = info.name;
    }
    return best;
}

QString MetricCatalog::describe(QStringView name)
{
    for (const Entry& entry : kEntries) {
        if (name == QStringView(entry.name))
            return tr(entry.description);
    }
    return {};
}

} // namespace chibo
