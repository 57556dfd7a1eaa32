// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/SubjectLister.h"

#include "core/YearMonth.h"
#include "scoring/metrics/MetricData.h"

#include <QSet>

#include <algorithm>

namespace chibo {

SubjectLister::SubjectLister(const MetricData& data)
    : m_data(data)
{}

bool SubjectLister::isClassified(const Organisation& org)
{
    return org.kind != OrgKind::PartyGroup && org.kind != OrgKind::UpperCommittee;
}

QList<const Organisation*> SubjectLister::scope() const
{
    const QUuid root = m_data.input().scopeOrgId;
    if (!root.isNull())
        return m_data.tree().subtree(root);
    QList<const Organisation*> all;
    for (const Organisation* top : m_data.tree().roots())
        all.append(m_data.tree().subtree(top->id));
    return all;
}

QString SubjectLister::periodText() const
{
    const ScoringInput& input = m_data.input();
    return input.month == 0 ? QString::number(input.year) : YearMonth(input.year, input.month).toString();
}

bool SubjectLister::existsBy(const Organisation& org, QDate day) const
{
    return !org.establishedOn.isValid() || org.establishedOn <= day;
}

SubjectRef SubjectLister::meetingSubject(const Meeting& meeting) const
{
    return {SubjectKind::Meeting, meeting.id,   meeting.orgId,
            meeting.date,         meeting.date, meeting.date.toString(Qt::ISODate)};
}

SubjectRef SubjectLister::yearSubject(const Organisation& org) const
{
    return {SubjectKind::OrganisationYear, org.id,      org.id, m_data.periodStart(),
            m_data.effectiveEnd(),         periodText()};
}

/// The months starting within [from, to] (so started by the effective end) in which `org` existed.
void SubjectLister::appendMonths(QList<SubjectRef>& out, const Organisation& org, QDate from, QDate to) const
{
    for (YearMonth month = YearMonth::of(from); month.firstDay() <= to; month = month.addMonths(1)) {
        if (month.firstDay() < from || !existsBy(org, month.lastDay()))
            continue;
        out.append({SubjectKind::OrganisationMonth, org.id, org.id, month.firstDay(),
                    MetricData::clip(month.lastDay(), m_data.effectiveEnd()), month.toString()});
    }
}

QList<SubjectRef> SubjectLister::meetings() const
{
    QList<const Meeting*> found;
    for (const Organisation* org : scope()) {
        if (!org->isCell())
            continue;
        for (const Meeting* meeting :
             m_data.heldMeetings(org->id, m_data.periodStart(), m_data.effectiveEnd()))
            found.append(meeting);
    }
    std::sort(found.begin(), found.end(), [](const Meeting* a, const Meeting* b) {
        return a->date != b->date ? a->date < b->date : a->id < b->id;
    });
    QList<SubjectRef> out;
    out.reserve(found.size());
    for (const Meeting* meeting : std::as_const(found))
        out.append(meetingSubject(*meeting));
    return out;
}

/// Member subjects for `candidates` (members at the effective end), each at its official cell that day.
QList<SubjectRef> SubjectLister::members(const QList<qsizetype>& candidates) const
{
    const QDate end = m_data.effectiveEnd();
    QList<SubjectRef> out;
    out.reserve(candidates.size());
    for (qsizetype member : candidates) {
        const QUuid cell = m_data.timelineAt(member).officialCellOn(end);
        out.append({SubjectKind::MemberYear, m_data.memberAt(member).id, cell, m_data.periodStart(), end,
                    periodText()});
    }
    std::sort(out.begin(), out.end(), [this](const SubjectRef& a, const SubjectRef& b) {
        const int pa = m_data.treePosition(a.orgId);
        const int pb = m_data.treePosition(b.orgId);
        return pa != pb ? pa < pb : a.id < b.id;
    });
    return out;
}

QList<SubjectRef> SubjectLister::subjects(SubjectKind kind) const
{
    QList<SubjectRef> out;
    if (m_data.effectiveEnd() < m_data.periodStart())
        return out; // the period has not started by the "as of" day
    if (kind == SubjectKind::Meeting)
        return meetings();
    const QList<const Organisation*> orgs = scope();
    if (kind == SubjectKind::MemberYear) {
        // Members whose official cell at the effective end is at or below the scope's top.
        const QUuid root = m_data.input().scopeOrgId;
        QList<qsizetype> candidates = m_data.membersBelow(root, m_data.effectiveEnd());
        for (const Organisation* top : root.isNull() ? m_data.tree().roots() : QList<const Organisation*>())
            candidates.append(m_data.membersBelow(top->id, m_data.effectiveEnd()));
        return members(candidates);
    }
    for (const Organisation* org : orgs) {
        if (kind == SubjectKind::OrganisationMonth && org->isCell())
            appendMonths(out, *org, m_data.periodStart(), m_data.effectiveEnd());
        else if (kind == SubjectKind::OrganisationYear && isClassified(*org) &&
                 existsBy(*org, m_data.effectiveEnd()))
            out.append(yearSubject(*org));
    }
    return out;
}

QList<SubjectRef> SubjectLister::related(const SubjectRef& subject, ResultsQuery::Over over) const
{
    QList<SubjectRef> out;
    const Organisation* org = m_data.tree().find(subject.orgId);
    if (!org || subject.kind == SubjectKind::Meeting || subject.kind == SubjectKind::MemberYear)
        return out;
    switch (over) {
    case ResultsQuery::Over::Meetings:
        for (const Meeting* meeting : m_data.heldMeetings(org->id, subject.from, subject.to))
            out.append(meetingSubject(*meeting));
        break;
    case ResultsQuery::Over::Months:
        if (org->isCell())
            appendMonths(out, *org, subject.from, subject.to);
        break;
    case ResultsQuery::Over::Members:
        out = members(m_data.membersBelow(org->id, m_data.effectiveEnd()));
        break;
    case ResultsQuery::Over::Subordinates:
        for (const Organisation* child : m_data.tree().children(org->id)) {
            if (isClassified(*child) && existsBy(*child, subject.to))
                out.append(yearSubject(*child));
        }
        break;
    }
    return out;
}

} // namespace chibo
