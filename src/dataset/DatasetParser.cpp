// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetParser.h"

#include "dataset/RecordReader.h"

#include <limits>

namespace chibo {

namespace {

using Need = RecordReader::Need;
constexpr Need required = Need::Required;
constexpr qint64 maxInt = std::numeric_limits<int>::max();
constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();
constexpr qint64 maxYear = 9999;

/// Parses each item of the list `key` of `owner` with `parse(value, path, problems)`.
template <typename T, typename Parse>
QList<T> listOf(RecordReader& owner, QStringView key, Parse parse)
{
    const QJsonArray items = owner.list(key);
    const JsonPath listPath = owner.path() / key;
    QList<T> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        result.append(parse(items.at(i), listPath / i, owner.problems()));
    return result;
}

OrgTerm parseTerm(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Term, problems, {u"id", u"from", u"to", u"label"});
    OrgTerm term;
    term.id = in.id(u"id", required);
    term.from = in.date(u"from", required);
    term.to = in.date(u"to");
    term.label = in.text(u"label");
    return term;
}

Organisation parseOrganisation(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Organisation, problems,
                    {u"id", u"parent", u"name", u"kind", u"cell_type", u"locality", u"short_name",
                     u"established_on", u"terms"});
    Organisation org;
    org.id = in.id(u"id", required);
    org.parentId = in.id(u"parent");
    org.name = in.text(u"name", required);
    org.kind = in.code(u"kind", org.kind);
    org.cellType = in.code(u"cell_type", org.cellType);
    org.locality = in.text(u"locality");
    org.shortName = in.text(u"short_name");
    org.establishedOn = in.date(u"established_on");
    org.terms = listOf<OrgTerm>(in, u"terms", parseTerm);
    return org;
}

StatusEvent parseStatusEvent(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::StatusEvent, problems,
                    {u"id", u"date", u"kind", u"decision", u"note"});
    StatusEvent event;
    event.id = in.id(u"id", required);
    event.date = in.date(u"date", required);
    event.kind = in.code(u"kind", event.kind);
    event.decision = in.text(u"decision");
    event.note = in.text(u"note");
    return event;
}

CellMembership parseMembership(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::CellMembership, problems,
                    {u"id", u"organisation", u"from", u"to", u"kind"});
    CellMembership period;
    period.id = in.id(u"id", required);
    period.orgId = in.id(u"organisation", required);
    period.from = in.date(u"from", required);
    period.to = in.date(u"to");
    period.kind = in.code(u"kind", period.kind);
    return period;
}

PositionTerm parsePosition(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Position, problems,
                    {u"id", u"organisation", u"position", u"from", u"to"});
    PositionTerm term;
    term.id = in.id(u"id", required);
    term.orgId = in.id(u"organisation", required);
    term.position = in.code(u"position", term.position);
    term.from = in.date(u"from", required);
    term.to = in.date(u"to");
    return term;
}

Member parseMember(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Member, problems,
                    {u"id", u"full_name", u"given_name", u"birth_date", u"sex", u"ethnicity", u"religion",
                     u"hometown", u"citizen_id", u"phone", u"party_card_number", u"admission_decision_date",
                     u"ceremony_date", u"official_date", u"works_in_political_system", u"note",
                     u"status_history", u"memberships", u"positions"});
    Member member;
    member.id = in.id(u"id", required);
    member.fullName = in.text(u"full_name", required);
    member.givenName = in.text(u"given_name");
    member.birthDate = in.date(u"birth_date");
    member.sex = in.code(u"sex", member.sex);
    member.ethnicity = in.text(u"ethnicity");
    member.religion = in.text(u"religion");
    member.hometown = in.text(u"hometown");
    member.citizenId = in.text(u"citizen_id");
    member.phone = in.text(u"phone");
    member.partyCardNumber = in.text(u"party_card_number");
    member.admissionDecisionDate = in.date(u"admission_decision_date");
    member.ceremonyDate = in.date(u"ceremony_date");
    member.officialDate = in.date(u"official_date");
    member.worksInPoliticalSystem = in.flag(u"works_in_political_system");
    member.note = in.text(u"note");
    member.statusEvents = listOf<StatusEvent>(in, u"status_history", parseStatusEvent);
    member.memberships = listOf<CellMembership>(in, u"memberships", parseMembership);
    member.positions = listOf<PositionTerm>(in, u"positions", parsePosition);
    return member;
}

LifecycleEvent parseLifecycleStep(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::LifecycleStep, problems, {u"state", u"by", u"at", u"note"});
    LifecycleEvent step;
    step.state = in.code(u"state", step.state);
    step.by = in.text(u"by");
    step.at = in.dateTime(u"at");
    step.note = in.text(u"note");
    return step;
}

Attendance parseAttendance(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Attendance, problems,
                    {u"member", u"status", u"reason", u"note"});
    Attendance row;
    row.memberId = in.id(u"member", required);
    row.status = in.code(u"status", row.status);
    row.reason = in.code(u"reason", AbsenceReason::None, Need::Optional);
    row.note = in.text(u"note");
    return row;
}

Meeting parseMeeting(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Meeting, problems,
                    {u"id", u"organisation", u"date", u"start", u"end", u"kind", u"place", u"topic", u"chair",
                     u"minute_taker", u"upper_attendees", u"agenda", u"documents_posted_on",
                     u"speakers_count", u"minutes", u"conclusion", u"state", u"lifecycle", u"attendance"});
    Meeting meeting;
    meeting.id = in.id(u"id", required);
    meeting.orgId = in.id(u"organisation", required);
    meeting.date = in.date(u"date", required);
    meeting.start = in.time(u"start");
    meeting.end = in.time(u"end");
    meeting.kind = in.code(u"kind", meeting.kind);
    meeting.place = in.text(u"place");
    meeting.topic = in.text(u"topic");
    meeting.chairId = in.id(u"chair");
    meeting.minuteTakerId = in.id(u"minute_taker");
    meeting.upperAttendees = in.texts(u"upper_attendees");
    meeting.agenda = in.texts(u"agenda");
    meeting.documentsPostedOn = in.date(u"documents_posted_on");
    meeting.speakersCount = int(in.count(u"speakers_count", maxInt));
    meeting.minutes = in.text(u"minutes");
    meeting.conclusion = in.text(u"conclusion");
    meeting.state = in.code(u"state", meeting.state);
    meeting.lifecycle = listOf<LifecycleEvent>(in, u"lifecycle", parseLifecycleStep);
    meeting.attendance = listOf<Attendance>(in, u"attendance", parseAttendance);
    return meeting;
}

Target parseTarget(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Target, problems,
                    {u"id", u"organisation", u"meeting", u"plan_year", u"title", u"kind", u"owner",
                     u"due_month", u"planned", u"actual", u"unit", u"status", u"note"});
    Target target;
    target.id = in.id(u"id", required);
    target.orgId = in.id(u"organisation", required);
    target.meetingId = in.id(u"meeting");
    target.planYear = int(in.count(u"plan_year", maxYear));
    target.title = in.text(u"title", required);
    target.kind = in.code(u"kind", target.kind);
    target.ownerMemberId = in.id(u"owner");
    target.dueMonth = in.month(u"due_month");
    target.planned = in.count(u"planned", maxInt64);
    target.actual = in.count(u"actual", maxInt64);
    target.unit = in.text(u"unit");
    target.status = in.code(u"status", target.status);
    target.note = in.text(u"note");
    return target;
}

FollowUp parseFollowUp(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::FollowUp, problems, {u"date", u"note"});
    FollowUp followUp;
    followUp.date = in.date(u"date", required);
    followUp.note = in.text(u"note");
    return followUp;
}

Assignment parseAssignment(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(
        value, path, RecordKind::Assignment, problems,
        {u"id", u"member", u"organisation", u"task", u"area", u"households", u"from", u"to", u"follow_ups"});
    Assignment assignment;
    assignment.id = in.id(u"id", required);
    assignment.memberId = in.id(u"member", required);
    assignment.orgId = in.id(u"organisation", required);
    assignment.task = in.text(u"task", required);
    assignment.area = in.text(u"area");
    assignment.households = int(in.count(u"households", maxInt));
    assignment.from = in.date(u"from", required);
    assignment.to = in.date(u"to");
    assignment.followUps = listOf<FollowUp>(in, u"follow_ups", parseFollowUp);
    return assignment;
}

Discipline parseDiscipline(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Discipline, problems,
                    {u"id", u"subject", u"member", u"organisation", u"form", u"decision_date", u"issuer",
                     u"decision", u"violation", u"self_discovered", u"remedied"});
    Discipline discipline;
    discipline.id = in.id(u"id", required);
    discipline.subject = in.code(u"subject", discipline.subject);
    discipline.memberId = in.id(u"member");
    discipline.orgId = in.id(u"organisation");
    discipline.form = in.code(u"form", discipline.form);
    discipline.decisionDate = in.date(u"decision_date", required);
    discipline.issuer = in.text(u"issuer");
    discipline.decision = in.text(u"decision");
    discipline.violation = in.text(u"violation");
    discipline.selfDiscovered = in.flag(u"self_discovered");
    discipline.remedied = in.flag(u"remedied");
    return discipline;
}

Leave parseLeave(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Leave, problems,
                    {u"id", u"member", u"kind", u"from", u"to", u"note"});
    Leave leave;
    leave.id = in.id(u"id", required);
    leave.memberId = in.id(u"member", required);
    leave.kind = in.code(u"kind", leave.kind);
    leave.from = in.date(u"from", required);
    leave.to = in.date(u"to");
    leave.note = in.text(u"note");
    return leave;
}

DuesRecord parseDues(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Dues, problems, {u"member", u"month", u"state", u"amount"});
    DuesRecord dues;
    dues.memberId = in.id(u"member", required);
    dues.month = in.month(u"month", required);
    dues.state = in.code(u"state", dues.state);
    dues.amount = in.count(u"amount", maxInt64);
    return dues;
}

Violation parseViolation(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Violation, problems,
                    {u"id", u"member", u"date", u"kind", u"note"});
    Violation violation;
    violation.id = in.id(u"id", required);
    violation.memberId = in.id(u"member", required);
    violation.date = in.date(u"date", required);
    violation.kind = in.code(u"kind", violation.kind);
    violation.note = in.text(u"note");
    return violation;
}

Commendation parseCommendation(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(value, path, RecordKind::Commendation, problems,
                    {u"id", u"member", u"organisation", u"date", u"title", u"issuer", u"decision"});
    Commendation commendation;
    commendation.id = in.id(u"id", required);
    commendation.memberId = in.id(u"member");
    commendation.orgId = in.id(u"organisation");
    commendation.date = in.date(u"date", required);
    commendation.title = in.text(u"title", required);
    commendation.issuer = in.text(u"issuer");
    commendation.decision = in.text(u"decision");
    return commendation;
}

Rating parseRating(const QJsonValue& value, const JsonPath& path, FirstProblem& problems)
{
    RecordReader in(
        value, path, RecordKind::Rating, problems,
        {u"id", u"criteria", u"indicator", u"subject", u"period", u"value", u"note", u"by", u"on"});
    Rating rating;
    rating.id = in.id(u"id", required);
    rating.criteriaId = in.identifier(u"criteria");
    rating.indicatorId = in.identifier(u"indicator");
    rating.subjectId = in.id(u"subject", required);
    rating.period = in.period(u"period");
    rating.value = in.text(u"value", required);
    rating.note = in.text(u"note");
    rating.enteredBy = in.text(u"by", required);
    rating.enteredOn = in.date(u"on", required);
    return rating;
}

} // namespace

Dataset DatasetParser::parse(const QJsonObject& root, FirstProblem& problems,
                             const QStringList& extraTopLevelMembers)
{
    const JsonPath top;
    QList<QStringView> known{u"format",     u"format_version", u"organisations", u"members", u"meetings",
                             u"targets",    u"assignments",    u"disciplines",   u"leaves",  u"dues",
                             u"violations", u"commendations",  u"ratings"};
    for (const QString& extra : extraTopLevelMembers)
        known.append(extra);
    RecordReader in(root, top, RecordKind::Dataset, problems, known);
    Dataset dataset;
    dataset.organisations = listOf<Organisation>(in, u"organisations", parseOrganisation);
    dataset.members = listOf<Member>(in, u"members", parseMember);
    dataset.meetings = listOf<Meeting>(in, u"meetings", parseMeeting);
    dataset.targets = listOf<Target>(in, u"targets", parseTarget);
    dataset.assignments = listOf<Assignment>(in, u"assignments", parseAssignment);
    dataset.disciplines = listOf<Discipline>(in, u"disciplines", parseDiscipline);
    dataset.leaves = listOf<Leave>(in, u"leaves", parseLeave);
    dataset.dues = listOf<DuesRecord>(in, u"dues", parseDues);
    dataset.violations = listOf<Violation>(in, u"violations", parseViolation);
    dataset.commendations = listOf<Commendation>(in, u"commendations", parseCommendation);
    dataset.ratings = listOf<Rating>(in, u"ratings", parseRating);
    return dataset;
}

} // namespace chibo
