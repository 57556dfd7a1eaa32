// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberRecordChecks.h"

#include "core/MemberTimeline.h"

#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

QString shown(QDate day)
{
    return day.toString(u"dd/MM/yyyy");
}

/// Collects findings about one member.
class Findings {
public:
    Findings(Diagnostics& out, const QUuid& memberId)
        : m_out(out)
        , m_memberId(memberId)
    {}
    void add(Diagnostic::Severity severity, const char* code, const QString& message,
             const char* legalRef = "")
    {
        m_out.append({severity, QString::fromLatin1(code), message, m_memberId, QString::fromUtf8(legalRef)});
    }
    void warn(const char* code, const QString& message, const char* legalRef = "")
    {
        add(Diagnostic::Severity::Warning, code, message, legalRef);
    }

private:
    Diagnostics& m_out;
    QUuid m_memberId;
};

/// The first event of `kind`, invalid when there is none.
QDate firstEvent(const Member& member, StatusEventKind kind)
{
    QDate first;
    for (const StatusEvent& event : member.statusEvents) {
        if (event.kind == kind && (!first.isValid() || event.date < first))
            first = event.date;
    }
    return first;
}

void checkAdmissionDates(const Member& m, Findings& findings)
{
    if (m.admissionDecisionDate.isValid() && m.ceremonyDate.isValid() &&
        m.ceremonyDate < m.admissionDecisionDate)
        findings.warn(
            "member.ceremony-before-decision",
            MemberRecordChecks::tr("The admission ceremony (%1) is dated before the admission decision (%2).")
                .arg(shown(m.ceremonyDate), shown(m.admissionDecisionDate)));
    if (m.ceremonyDate.isValid() && m.officialDate.isValid() && m.officialDate < m.ceremonyDate)
        findings.warn(
            "member.official-before-ceremony",
            MemberRecordChecks::tr("The member became a full member (%1) before the admission ceremony (%2).")
                .arg(shown(m.officialDate), shown(m.ceremonyDate)));
    else if (m.ceremonyDate.isValid() && m.officialDate.isValid() &&
             m.officialDate < MemberTimeline::probationEnd(m.ceremonyDate))
        findings.warn("member.probation-too-short",
                      MemberRecordChecks::tr("The member became a full member on %1, before the 12 months of "
                                             "probation ended on %2.")
                          .arg(shown(m.officialDate), shown(MemberTimeline::probationEnd(m.ceremonyDate))),
                      "Điều lệ Đảng, Điều 5");
    const QDate admitted = m.admissionDecisionDate.isValid() ? m.admissionDecisionDate : m.ceremonyDate;
    if (m.birthDate.isValid() && admitted.isValid() && m.birthDate.addYears(18) > admitted)
        findings.warn("member.admitted-under-18",
                      MemberRecordChecks::tr("The member was admitted on %1, before turning 18 (born %2).")
                          .arg(shown(admitted), shown(m.birthDate)),
                      "Điều lệ Đảng, Điều 1");
}

void checkEventsAgainstDates(const Member& m, QDate day, Findings& findings)
{
    const QDate admittedEvent = firstEvent(m, StatusEventKind::Admitted);
    if (admittedEvent.isValid() && m.ceremonyDate.isValid() && admittedEvent != m.ceremonyDate)
        findings.warn(
            "member.admission-event-differs",
            MemberRecordChecks::tr("The status history has the admission on %1, the personal data has "
                                   "the ceremony on %2.")
                .arg(shown(admittedEvent), shown(m.ceremonyDate)));
    else if (!admittedEvent.isValid() && m.ceremonyDate.isValid())
        findings.warn(
            "member.admission-event-missing",
            MemberRecordChecks::tr("The personal data has the admission ceremony on %1, but the status "
                                   "history has no admission, so the member is not counted as one.")
                .arg(shown(m.ceremonyDate)));
    const QDate recognisedEvent = firstEvent(m, StatusEventKind::Recognised);
    if (recognisedEvent.isValid() && m.officialDate.isValid() && recognisedEvent != m.officialDate)
        findings.warn(
            "member.recognition-event-differs",
            MemberRecordChecks::tr("The status history has the recognition as a full member on %1, the "
                                   "personal data has %2.")
                .arg(shown(recognisedEvent), shown(m.officialDate)));
    const MemberTimeline timeline(m);
    const QDate ceremony = timeline.admittedOn().isValid() ? timeline.admittedOn() : m.ceremonyDate;
    if (ceremony.isValid() && timeline.stateOn(day).standing == Standing::Probationary &&
        MemberTimeline::probationEnd(ceremony) < day)
        findings.warn(
            "member.probation-overdue",
            MemberRecordChecks::tr("The 12 months of probation ended on %1 and the member has been neither "
                                   "recognised as a full member nor removed.")
                .arg(shown(MemberTimeline::probationEnd(ceremony))),
            "Điều lệ Đảng, Điều 5");
}

/// Periods whose end is before their start, in the histories and the records.
void checkPeriods(const MemberRecords& records, Findings& findings)
{
    const auto endsEarly = [](QDate from, QDate to) {
        return from.isValid() && to.isValid() && to < from;
    };
    for (const PositionTerm& term : records.member.positions) {
        if (endsEarly(term.from, term.to))
            findings.warn("member.position-ends-before-start",
                          MemberRecordChecks::tr("A position held from %1 ends before it starts (%2).")
                              .arg(shown(term.from), shown(term.to)));
    }
    for (const Leave& leave : records.leaves) {
        if (endsEarly(leave.from, leave.to))
            findings.warn("member.leave-ends-before-start",
                          MemberRecordChecks::tr("A leave from %1 ends before it starts (%2).")
                              .arg(shown(leave.from), shown(leave.to)));
    }
    for (const Assignment& assignment : records.assignments) {
        if (endsEarly(assignment.from, assignment.to))
            findings.warn("member.assignment-ends-before-start",
                          MemberRecordChecks::tr("An assignment from %1 ends before it starts (%2).")
                              .arg(shown(assignment.from), shown(assignment.to)));
    }
}

} // namespace

Diagnostics MemberRecordChecks::blocking(const MemberRecords& records)
{
    Diagnostics found;
    Findings findings(found, records.member.id);
    const auto error = [&findings](const char* code, const QString& message) {
        findings.add(Diagnostic::Severity::Error, code, message);
    };
    const Member& m = records.member;
    if (m.fullName.trimmed().isEmpty())
        error("member.name-missing", tr("Enter the member's full name."));
    if (m.memberships.isEmpty())
        error("member.no-cell", tr("Register the member in a cell on the Cells tab."));
    const auto incomplete = [](const auto& period) {
        return period.orgId.isNull() || !period.from.isValid();
    };
    if (std::any_of(m.memberships.begin(), m.memberships.end(), incomplete))
        error("member.registration-incomplete", tr("Every cell registration needs a cell and a start date."));
    if (std::any_of(m.positions.begin(), m.positions.end(), incomplete))
        error("member.position-incomplete", tr("Every position needs an organisation and a start date."));
    QSet<QString> months;
    for (const DuesRecord& dues : records.dues) {
        if (!dues.month.isValid())
            error("member.dues-month-missing", tr("Every line of party dues needs a month."));
        else if (months.contains(dues.month.toString()))
            error("member.dues-month-twice",
                  tr("Party dues for %1 are entered twice.").arg(dues.month.firstDay().toString(u"MM/yyyy")));
        months.insert(dues.month.toString());
    }
    return found;
}

Diagnostics MemberRecordChecks::warnings(const MemberRecords& records, QDate day)
{
    Diagnostics found = MemberTimeline(records.member).check();
    Findings findings(found, records.member.id);
    checkAdmissionDates(records.member, findings);
    checkEventsAgainstDates(records.member, day, findings);
    checkPeriods(records, findings);
    return found;
}

} // namespace chibo
