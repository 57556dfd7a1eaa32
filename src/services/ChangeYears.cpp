// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ChangeYears.h"

#include <QHash>

#include <algorithm>

namespace chibo {

namespace {

using Period = std::optional<std::pair<QDate, QDate>>;

void addDay(QList<YearSpan>& spans, QDate day)
{
    if (day.isValid())
        spans.append(YearSpan::of(day.year()));
}

/// Dates that differ between two versions of a field: the years of both.
void addChangedDay(QList<YearSpan>& spans, QDate before, QDate after)
{
    if (before == after)
        return;
    addDay(spans, before);
    addDay(spans, after);
}

/// Entries (status events, follow-ups) in one list and not in the other, by value: the years of their days.
template <typename T, typename DayOf>
void addListDifference(QList<YearSpan>& spans, const QList<T>& before, const QList<T>& after, DayOf dayOf)
{
    for (const T& entry : before) {
        if (!after.contains(entry))
            addDay(spans, dayOf(entry));
    }
    for (const T& entry : after) {
        if (!before.contains(entry))
            addDay(spans, dayOf(entry));
    }
}

/// Periods matched by id (registrations, positions): what each edit of one period touches.
template <typename T, typename SameContent>
void addPeriodsById(QList<YearSpan>& spans, const QList<T>& before, const QList<T>& after, SameContent same)
{
    QHash<QUuid, const T*> afterById;
    for (const T& entry : after)
        afterById.insert(entry.id, &entry);
    QHash<QUuid, const T*> beforeById;
    for (const T& entry : before) {
        beforeById.insert(entry.id, &entry);
        const T* other = afterById.value(entry.id);
        const Period now = other ? Period({other->from, other->to}) : Period();
        spans += ChangeYears::periodChange(Period({entry.from, entry.to}), now, other && same(entry, *other));
    }
    for (const T& entry : after) {
        if (!beforeById.contains(entry.id))
            spans += ChangeYears::periodChange({}, Period({entry.from, entry.to}), false);
    }
}

template <typename T>
Change<T> created(const T& record)
{
    return Change<T>{std::nullopt, record};
}

std::optional<int> targetYear(const Target& target)
{
    if (target.dueMonth.isValid())
        return target.dueMonth.year;
    if (target.planYear > 0)
        return target.planYear;
    return std::nullopt;
}

std::optional<int> ratingYear(const Rating& rating, int meetingYear)
{
    if (rating.period.size() >= 4)
        return rating.period.left(4).toInt();
    if (meetingYear > 0)
        return meetingYear;
    return std::nullopt;
}

/// Both versions' years when the record changed, for records that belong to one year each.
template <typename T, typename YearOf>
QList<YearSpan> wholeRecord(const Change<T>& change, YearOf yearOf)
{
    QList<YearSpan> spans;
    if (change.before == change.after)
        return spans;
    for (const std::optional<T>& version : {change.before, change.after}) {
        if (!version)
            continue;
        if (const std::optional<int> year = yearOf(*version))
            spans.append(YearSpan::of(*year));
    }
    return spans;
}

} // namespace

QList<YearSpan> ChangeYears::periodChange(const Period& before, const Period& after, bool sameContent)
{
    if (!before && !after)
        return {};
    if (!before || !after || !sameContent) {
        QList<YearSpan> spans;
        for (const Period& version : {before, after}) {
            if (version)
                spans.append(YearSpan::of(version->first, version->second));
        }
        return spans;
    }
    QList<YearSpan> spans;
    const auto [fromA, toA] = *before;
    const auto [fromB, toB] = *after;
    if (fromA != fromB) { // the days from the earlier start to the day before the later one
        const QDate early = !fromA.isValid() ? fromA : !fromB.isValid() ? fromB : std::min(fromA, fromB);
        const QDate late = early == fromA ? fromB : fromA;
        spans.append(YearSpan::of(early, late.addDays(-1)));
    }
    if (toA != toB) { // the days after the earlier end up to the later one (open: for ever)
        const QDate early = !toA.isValid() ? toB : !toB.isValid() ? toA : std::min(toA, toB);
        const QDate late = early == toA ? toB : toA;
        spans.append(YearSpan::of(early.addDays(1), late));
    }
    return spans;
}

QList<YearSpan> ChangeYears::of(const Change<Member>& change)
{
    const Member none;
    const Member& before = change.before ? *change.before : none;
    const Member& after = change.after ? *change.after : none;
    QList<YearSpan> spans;
    addChangedDay(spans, before.admissionDecisionDate, after.admissionDecisionDate);
    addChangedDay(spans, before.ceremonyDate, after.ceremonyDate);
    addChangedDay(spans, before.officialDate, after.officialDate);
    addListDifference(spans, before.statusEvents, after.statusEvents,
                      [](const StatusEvent& event) { return event.date; });
    addPeriodsById(spans, before.memberships, after.memberships,
                   [](const CellMembership& a, const CellMembership& b) {
                       return a.orgId == b.orgId && a.kind == b.kind;
                   });
    addPeriodsById(spans, before.positions, after.positions,
                   [](const PositionTerm& a, const PositionTerm& b) {
                       return a.orgId == b.orgId && a.position == b.position;
                   });
    return spans;
}

QList<YearSpan> ChangeYears::of(const Change<Meeting>& change)
{
    return wholeRecord(change, [](const Meeting& meeting) -> std::optional<int> {
        return meeting.date.isValid() ? std::optional<int>(meeting.date.year()) : std::nullopt;
    });
}

QList<YearSpan> ChangeYears::of(const Change<Target>& change)
{
    return wholeRecord(change, targetYear);
}

QList<YearSpan> ChangeYears::of(const Change<Assignment>& change)
{
    if (change.before == change.after)
        return {};
    const auto period = [](const std::optional<Assignment>& a) {
        return a ? Period({a->from, a->to}) : Period();
    };
    bool same = change.before && change.after;
    if (same) {
        Assignment widened = *change.after;
        widened.from = change.before->from;
        widened.to = change.before->to;
        widened.followUps = change.before->followUps;
        same = widened == *change.before;
    }
    QList<YearSpan> spans = periodChange(period(change.before), period(change.after), same);
    if (same)
        addListDifference(spans, change.before->followUps, change.after->followUps,
                          [](const FollowUp& followUp) { return followUp.date; });
    return spans;
}

QList<YearSpan> ChangeYears::of(const Change<Discipline>& change)
{
    return wholeRecord(change, [](const Discipline& discipline) -> std::optional<int> {
        return discipline.decisionDate.isValid() ? std::optional<int>(discipline.decisionDate.year())
                                                 : std::nullopt;
    });
}

QList<YearSpan> ChangeYears::of(const Change<Leave>& change)
{
    if (change.before == change.after)
        return {};
    const auto period = [](const std::optional<Leave>& l) {
        return l ? Period({l->from, l->to}) : Period();
    };
    bool same = change.before && change.after;
    if (same) {
        Leave moved = *change.after;
        moved.from = change.before->from;
        moved.to = change.before->to;
        same = moved == *change.before;
    }
    return periodChange(period(change.before), period(change.after), same);
}

QList<YearSpan> ChangeYears::of(const Change<DuesRecord>& change)
{
    return wholeRecord(change, [](const DuesRecord& dues) -> std::optional<int> {
        return dues.month.isValid() ? std::optional<int>(dues.month.year) : std::nullopt;
    });
}

QList<YearSpan> ChangeYears::of(const Change<Rating>& change, int meetingYear)
{
    return wholeRecord(change,
                       [meetingYear](const Rating& rating) { return ratingYear(rating, meetingYear); });
}

QList<YearSpan> ChangeYears::of(const Dataset& fragment)
{
    QList<YearSpan> spans;
    QHash<QUuid, int> meetingYears;
    for (const Member& member : fragment.members)
        spans += of(created(member));
    for (const Meeting& meeting : fragment.meetings) {
        spans += of(created(meeting));
        meetingYears.insert(meeting.id, meeting.date.year());
    }
    for (const Target& target : fragment.targets)
        spans += of(created(target));
    for (const Assignment& assignment : fragment.assignments)
        spans += of(created(assignment));
    for (const Discipline& discipline : fragment.disciplines)
        spans += of(created(discipline));
    for (const Leave& leave : fragment.leaves)
        spans += of(created(leave));
    for (const DuesRecord& dues : fragment.dues)
        spans += of(created(dues));
    for (const Violation& violation : fragment.violations)
        addDay(spans, violation.date);
    for (const Commendation& commendation : fragment.commendations)
        addDay(spans, commendation.date);
    for (const Rating& rating : fragment.ratings)
        spans += of(created(rating), meetingYears.value(rating.subjectId));
    return spans;
}

} // namespace chibo
