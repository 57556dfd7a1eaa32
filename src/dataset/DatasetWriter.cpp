// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetWriter.h"

#include "dataset/JsonObjectBuilder.h"

#include <QJsonDocument>

namespace chibo {

namespace {

QJsonObject termObject(const OrgTerm& term)
{
    return JsonObjectBuilder()
        .requiredId(u"id", term.id)
        .date(u"from", term.from)
        .date(u"to", term.to)
        .text(u"label", term.label)
        .object();
}

QJsonObject organisationObject(const Organisation& org)
{
    return JsonObjectBuilder()
        .requiredId(u"id", org.id)
        .id(u"parent", org.parentId)
        .requiredText(u"name", org.name)
        .code(u"kind", org.kind)
        .code(u"cell_type", org.cellType)
        .text(u"locality", org.locality)
        .text(u"short_name", org.shortName)
        .date(u"established_on", org.establishedOn)
        .list(u"terms", org.terms, termObject)
        .object();
}

QJsonObject statusEventObject(const StatusEvent& event)
{
    return JsonObjectBuilder()
        .requiredId(u"id", event.id)
        .date(u"date", event.date)
        .code(u"kind", event.kind)
        .text(u"decision", event.decision)
        .text(u"note", event.note)
        .object();
}

QJsonObject membershipObject(const CellMembership& period)
{
    return JsonObjectBuilder()
        .requiredId(u"id", period.id)
        .requiredId(u"organisation", period.orgId)
        .date(u"from", period.from)
        .date(u"to", period.to)
        .code(u"kind", period.kind)
        .object();
}

QJsonObject positionObject(const PositionTerm& term)
{
    return JsonObjectBuilder()
        .requiredId(u"id", term.id)
        .requiredId(u"organisation", term.orgId)
        .code(u"position", term.position)
        .date(u"from", term.from)
        .date(u"to", term.to)
        .object();
}

QJsonObject memberObject(const Member& member)
{
    return JsonObjectBuilder()
        .requiredId(u"id", member.id)
        .requiredText(u"full_name", member.fullName)
        .text(u"given_name", member.givenName)
        .date(u"birth_date", member.birthDate)
        .code(u"sex", member.sex)
        .text(u"ethnicity", member.ethnicity)
        .text(u"religion", member.religion)
        .text(u"hometown", member.hometown)
        .text(u"citizen_id", member.citizenId)
        .text(u"phone", member.phone)
        .text(u"party_card_number", member.partyCardNumber)
        .date(u"admission_decision_date", member.admissionDecisionDate)
        .date(u"ceremony_date", member.ceremonyDate)
        .date(u"official_date", member.officialDate)
        .flag(u"works_in_political_system", member.worksInPoliticalSystem)
        .text(u"note", member.note)
        .list(u"status_history", member.statusEvents, statusEventObject)
        .list(u"memberships", member.memberships, membershipObject)
        .list(u"positions", member.positions, positionObject)
        .object();
}

QJsonObject lifecycleObject(const LifecycleEvent& step)
{
    return JsonObjectBuilder()
        .code(u"state", step.state)
        .text(u"by", step.by)
        .dateTime(u"at", step.at)
        .text(u"note", step.note)
        .object();
}

QJsonObject attendanceObject(const Attendance& row)
{
    JsonObjectBuilder builder;
    builder.requiredId(u"member", row.memberId).code(u"status", row.status).text(u"note", row.note);
    if (row.reason != AbsenceReason::None)
        builder.code(u"reason", row.reason);
    return builder.object();
}

QJsonObject meetingObject(const Meeting& meeting)
{
    return JsonObjectBuilder()
        .requiredId(u"id", meeting.id)
        .requiredId(u"organisation", meeting.orgId)
        .date(u"date", meeting.date)
        .time(u"start", meeting.start)
        .time(u"end", meeting.end)
        .code(u"kind", meeting.kind)
        .text(u"place", meeting.place)
        .text(u"topic", meeting.topic)
        .id(u"chair", meeting.chairId)
        .id(u"minute_taker", meeting.minuteTakerId)
        .texts(u"upper_attendees", meeting.upperAttendees)
        .texts(u"agenda", meeting.agenda)
        .date(u"documents_posted_on", meeting.documentsPostedOn)
        .count(u"speakers_count", meeting.speakersCount)
        .text(u"minutes", meeting.minutes)
        .text(u"conclusion", meeting.conclusion)
        .code(u"state", meeting.state)
        .list(u"lifecycle", meeting.lifecycle, lifecycleObject)
        .list(u"attendance", meeting.attendance, attendanceObject)
        .object();
}

QJsonObject targetObject(const Target& target)
{
    return JsonObjectBuilder()
        .requiredId(u"id", target.id)
        .requiredId(u"organisation", target.orgId)
        .id(u"meeting", target.meetingId)
        .count(u"plan_year", target.planYear)
        .requiredText(u"title", target.title)
        .code(u"kind", target.kind)
        .id(u"owner", target.ownerMemberId)
        .month(u"due_month", target.dueMonth)
        .count(u"planned", target.planned)
        .count(u"actual", target.actual)
        .text(u"unit", target.unit)
        .code(u"status", target.status)
        .text(u"note", target.note)
        .object();
}

QJsonObject followUpObject(const FollowUp& followUp)
{
    return JsonObjectBuilder().date(u"date", followUp.date).text(u"note", followUp.note).object();
}

QJsonObject assignmentObject(const Assignment& assignment)
{
    return JsonObjectBuilder()
        .requiredId(u"id", assignment.id)
        .requiredId(u"member", assignment.memberId)
        .requiredId(u"organisation", assignment.orgId)
        .requiredText(u"task", assignment.task)
        .text(u"area", assignment.area)
        .count(u"households", assignment.households)
        .date(u"from", assignment.from)
        .date(u"to", assignment.to)
        .list(u"follow_ups", assignment.followUps, followUpObject)
        .object();
}

QJsonObject disciplineObject(const Discipline& discipline)
{
    return JsonObjectBuilder()
        .requiredId(u"id", discipline.id)
        .code(u"subject", discipline.subject)
        .id(u"member", discipline.memberId)
        .id(u"organisation", discipline.orgId)
        .code(u"form", discipline.form)
        .date(u"decision_date", discipline.decisionDate)
        .text(u"issuer", discipline.issuer)
        .text(u"decision", discipline.decision)
        .text(u"violation", discipline.violation)
        .flag(u"self_discovered", discipline.selfDiscovered)
        .flag(u"remedied", discipline.remedied)
        .object();
}

QJsonObject leaveObject(const Leave& leave)
{
    return JsonObjectBuilder()
        .requiredId(u"id", leave.id)
        .requiredId(u"member", leave.memberId)
        .code(u"kind", leave.kind)
        .date(u"from", leave.from)
        .date(u"to", leave.to)
        .text(u"note", leave.note)
        .object();
}

QJsonObject duesObject(const DuesRecord& dues)
{
    return JsonObjectBuilder()
        .requiredId(u"member", dues.memberId)
        .month(u"month", dues.month)
        .code(u"state", dues.state)
        .count(u"amount", dues.amount)
        .object();
}

QJsonObject violationObject(const Violation& violation)
{
    return JsonObjectBuilder()
        .requiredId(u"id", violation.id)
        .requiredId(u"member", violation.memberId)
        .date(u"date", violation.date)
        .code(u"kind", violation.kind)
        .text(u"note", violation.note)
        .object();
}

QJsonObject commendationObject(const Commendation& commendation)
{
    return JsonObjectBuilder()
        .requiredId(u"id", commendation.id)
        .id(u"member", commendation.memberId)
        .id(u"organisation", commendation.orgId)
        .date(u"date", commendation.date)
        .requiredText(u"title", commendation.title)
        .text(u"issuer", commendation.issuer)
        .text(u"decision", commendation.decision)
        .object();
}

QJsonObject ratingObject(const Rating& rating)
{
    return JsonObjectBuilder()
        .requiredId(u"id", rating.id)
        .requiredText(u"criteria", rating.criteriaId)
        .requiredText(u"indicator", rating.indicatorId)
        .requiredId(u"subject", rating.subjectId)
        .text(u"period", rating.period)
        .requiredText(u"value", rating.value)
        .text(u"note", rating.note)
        .requiredText(u"by", rating.enteredBy)
        .date(u"on", rating.enteredOn)
        .object();
}

} // namespace

QByteArray DatasetWriter::write(const Dataset& dataset)
{
    QJsonObject root;
    root.insert(u"format", QString::fromUtf16(formatName));
    root.insert(u"format_version", formatVersion);
    root.insert(u"organisations", JsonObjectBuilder::arrayOf(dataset.organisations, organisationObject));
    root.insert(u"members", JsonObjectBuilder::arrayOf(dataset.members, memberObject));
    root.insert(u"meetings", JsonObjectBuilder::arrayOf(dataset.meetings, meetingObject));
    root.insert(u"targets", JsonObjectBuilder::arrayOf(dataset.targets, targetObject));
    root.insert(u"assignments", JsonObjectBuilder::arrayOf(dataset.assignments, assignmentObject));
    root.insert(u"disciplines", JsonObjectBuilder::arrayOf(dataset.disciplines, disciplineObject));
    root.insert(u"leaves", JsonObjectBuilder::arrayOf(dataset.leaves, leaveObject));
    root.insert(u"dues", JsonObjectBuilder::arrayOf(dataset.dues, duesObject));
    root.insert(u"violations", JsonObjectBuilder::arrayOf(dataset.violations, violationObject));
    root.insert(u"commendations", JsonObjectBuilder::arrayOf(dataset.commendations, commendationObject));
    root.insert(u"ratings", JsonObjectBuilder::arrayOf(dataset.ratings, ratingObject));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chibo
