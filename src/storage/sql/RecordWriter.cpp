// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RecordWriter.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlValues.h"

#include <QStringList>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

using Kind = IdResolver::Kind;

// Column lists end with "uuid" so that one list of values serves the INSERT and the UPDATE … WHERE uuid.
const QStringList TargetColumns{u"org_id"_s,          u"meeting_id"_s, u"plan_year"_s, u"title"_s,  u"kind"_s,
                                u"owner_member_id"_s, u"due_month"_s,  u"planned"_s,   u"actual"_s, u"unit"_s,
                                u"status"_s,          u"note"_s,       u"uuid"_s};
const QStringList AssignmentColumns{u"member_id"_s,  u"org_id"_s,    u"task"_s,    u"area"_s,
                                    u"households"_s, u"from_date"_s, u"to_date"_s, u"uuid"_s};
const QStringList DisciplineColumns{u"subject"_s,         u"member_id"_s, u"org_id"_s,   u"form"_s,
                                    u"decision_date"_s,   u"issuer"_s,    u"decision"_s, u"violation"_s,
                                    u"self_discovered"_s, u"remedied"_s,  u"uuid"_s};
const QStringList LeaveColumns{u"member_id"_s, u"kind"_s, u"from_date"_s, u"to_date"_s, u"note"_s, u"uuid"_s};
const QStringList ViolationColumns{u"member_id"_s, u"violation_date"_s, u"kind"_s, u"note"_s, u"uuid"_s};
const QStringList CommendationColumns{
    u"member_id"_s, u"org_id"_s, u"commendation_date"_s, u"title"_s, u"issuer"_s, u"decision"_s, u"uuid"_s};

QString insertSql(const QString& table, const QStringList& columns, const QString& suffix = {})
{
    const QString markers = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
               .arg(table, columns.join(QStringLiteral(", ")), markers) +
           suffix;
}

QString updateSql(const QString& table, const QStringList& columns, const QString& suffix = {})
{
    QStringList assignments;
    for (const QString& column : columns.first(columns.size() - 1))
        assignments.append(column + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?")
               .arg(table, assignments.join(QStringLiteral(", "))) +
           suffix;
}

QString location(const QString& table, const QUuid& id)
{
    return SqlErrors::location(table, SqlValues::uuidText(id));
}

QString nameOr(const QString& name, const QUuid& id)
{
    return name.trimmed().isEmpty() ? SqlValues::uuidText(id) : name;
}

} // namespace

RecordWriter::RecordWriter(const Database& db, IdResolver& ids)
    : m_db(db)
    , m_ids(ids)
    , m_insertTarget(db, insertSql(u"targets"_s, TargetColumns))
    , m_updateTarget(db, updateSql(u"targets"_s, TargetColumns))
    , m_insertAssignment(db, insertSql(u"assignments"_s, AssignmentColumns, u" RETURNING id"_s))
    , m_updateAssignment(db, updateSql(u"assignments"_s, AssignmentColumns, u" RETURNING id"_s))
    , m_deleteFollowUps(db, u"DELETE FROM follow_ups WHERE assignment_id = ?"_s)
    , m_insertFollowUp(db, u"INSERT INTO follow_ups (uuid, assignment_id, position, follow_up_date, note) "
                           u"VALUES (?, ?, ?, ?, ?)"_s)
    , m_insertDiscipline(db, insertSql(u"disciplines"_s, DisciplineColumns))
    , m_updateDiscipline(db, updateSql(u"disciplines"_s, DisciplineColumns))
    , m_insertLeave(db, insertSql(u"leaves"_s, LeaveColumns))
    , m_updateLeave(db, updateSql(u"leaves"_s, LeaveColumns))
    , m_insertDues(db, u"INSERT INTO dues (member_id, month, state, amount) VALUES (?, ?, ?, ?)"_s)
    , m_upsertDues(
          db,
          u"INSERT INTO dues (member_id, month, state, amount) VALUES (?, ?, ?, ?) "
          u"ON CONFLICT (member_id, month) DO UPDATE SET state = excluded.state, amount = excluded.amount"_s)
    , m_insertViolation(db, insertSql(u"violations"_s, ViolationColumns))
    , m_updateViolation(db, updateSql(u"violations"_s, ViolationColumns))
    , m_insertCommendation(db, insertSql(u"commendations"_s, CommendationColumns))
    , m_updateCommendation(db, updateSql(u"commendations"_s, CommendationColumns))
{}

// --- targets

RecordWriter::Subject RecordWriter::subject(const Target& record)
{
    return {tr("Could not save target %1: %2"), nameOr(record.title, record.id),
            location(u"targets"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Target& record)
{
    const Result<qint64> org = m_ids.require(Kind::Organisation, record.orgId);
    if (!org)
        return org.error();
    const Result<QVariant> meeting = m_ids.optional(Kind::Meeting, record.meetingId);
    if (!meeting)
        return meeting.error();
    const Result<QVariant> owner = m_ids.optional(Kind::Member, record.ownerMemberId);
    if (!owner)
        return owner.error();
    return QVariantList{SqlValues::id(*org),
                        *meeting,
                        SqlValues::integer(record.planYear),
                        SqlValues::text(record.title),
                        SqlValues::code(record.kind),
                        *owner,
                        SqlValues::month(record.dueMonth),
                        SqlValues::integer(record.planned),
                        SqlValues::integer(record.actual),
                        SqlValues::text(record.unit),
                        SqlValues::code(record.status),
                        SqlValues::text(record.note),
                        SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Target& record)
{
    return run(m_insertTarget, values(record), subject(record), false);
}

Status RecordWriter::update(const Target& record)
{
    return run(m_updateTarget, values(record), subject(record), true);
}

// --- assignments, with their follow-ups

RecordWriter::Subject RecordWriter::subject(const Assignment& record)
{
    return {tr("Could not save assignment %1: %2"), nameOr(record.task, record.id),
            location(u"assignments"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Assignment& record)
{
    const Result<qint64> member = m_ids.require(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    const Result<QVariant> org = m_ids.optional(Kind::Organisation, record.orgId);
    if (!org)
        return org.error();
    return QVariantList{SqlValues::id(*member),
                        *org,
                        SqlValues::text(record.task),
                        SqlValues::text(record.area),
                        SqlValues::integer(record.households),
                        SqlValues::date(record.from),
                        SqlValues::date(record.to),
                        SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Assignment& record)
{
    return writeFollowUps(m_insertAssignment, record, false);
}

Status RecordWriter::update(const Assignment& record)
{
    return writeFollowUps(m_updateAssignment, record, true);
}

Status RecordWriter::writeFollowUps(SqlStatement& statement, const Assignment& record, bool replace)
{
    const Subject what = subject(record);
    if (Status status = run(statement, values(record), what, false); !status)
        return status;
    const std::optional<qint64> id = statement.returnedId();
    if (!id)
        return SqlErrors::notFound(what.format, what.name, what.location);
    if (replace && !m_deleteFollowUps.exec({SqlValues::id(*id)}))
        return SqlErrors::failed(m_db.dialect(), m_deleteFollowUps.error(), what.format, what.name,
                                 what.location);
    for (qsizetype i = 0; i < record.followUps.size(); ++i) {
        // Follow-ups have no id in the domain; each stored row gets a fresh one.
        const FollowUp& followUp = record.followUps[i];
        if (!m_insertFollowUp.exec({SqlValues::uuid(QUuid::createUuid()), SqlValues::id(*id),
                                    SqlValues::integer(i), SqlValues::date(followUp.date),
                                    SqlValues::text(followUp.note)}))
            return SqlErrors::failed(m_db.dialect(), m_insertFollowUp.error(), what.format, what.name,
                                     what.location);
    }
    return {};
}

// --- disciplines

RecordWriter::Subject RecordWriter::subject(const Discipline& record)
{
    return {tr("Could not save discipline %1: %2"), nameOr(record.decision, record.id),
            location(u"disciplines"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Discipline& record)
{
    const Result<QVariant> member = m_ids.optional(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    const Result<QVariant> org = m_ids.optional(Kind::Organisation, record.orgId);
    if (!org)
        return org.error();
    return QVariantList{SqlValues::code(record.subject),
                        *member,
                        *org,
                        SqlValues::code(record.form),
                        SqlValues::date(record.decisionDate),
                        SqlValues::text(record.issuer),
                        SqlValues::text(record.decision),
                        SqlValues::text(record.violation),
                        SqlValues::flag(record.selfDiscovered),
                        SqlValues::flag(record.remedied),
                        SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Discipline& record)
{
    return run(m_insertDiscipline, values(record), subject(record), false);
}

Status RecordWriter::update(const Discipline& record)
{
    return run(m_updateDiscipline, values(record), subject(record), true);
}

// --- leave

RecordWriter::Subject RecordWriter::subject(const Leave& record)
{
    return {tr("Could not save the leave starting %1: %2"),
            record.from.isValid() ? record.from.toString(Qt::ISODate) : SqlValues::uuidText(record.id),
            location(u"leaves"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Leave& record)
{
    const Result<qint64> member = m_ids.require(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    return QVariantList{SqlValues::id(*member),       SqlValues::code(record.kind),
                        SqlValues::date(record.from), SqlValues::date(record.to),
                        SqlValues::text(record.note), SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Leave& record)
{
    return run(m_insertLeave, values(record), subject(record), false);
}

Status RecordWriter::update(const Leave& record)
{
    return run(m_updateLeave, values(record), subject(record), true);
}

// --- dues, keyed by (member, month)

RecordWriter::Subject RecordWriter::subject(const DuesRecord& record)
{
    return {tr("Could not save the dues for %1: %2"),
            record.month.toString() + u' ' + SqlValues::uuidText(record.memberId),
            u"dues/" + SqlValues::uuidText(record.memberId) + u'/' + record.month.toString()};
}

Result<QVariantList> RecordWriter::values(const DuesRecord& record)
{
    const Result<qint64> member = m_ids.require(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    return QVariantList{SqlValues::id(*member), SqlValues::month(record.month), SqlValues::code(record.state),
                        SqlValues::integer(record.amount)};
}

Status RecordWriter::insert(const DuesRecord& record)
{
    return run(m_insertDues, values(record), subject(record), false);
}

Status RecordWriter::upsert(const DuesRecord& record)
{
    return run(m_upsertDues, values(record), subject(record), false);
}

// --- violations

RecordWriter::Subject RecordWriter::subject(const Violation& record)
{
    return {tr("Could not save the violation of %1: %2"),
            record.date.isValid() ? record.date.toString(Qt::ISODate) : SqlValues::uuidText(record.id),
            location(u"violations"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Violation& record)
{
    const Result<qint64> member = m_ids.require(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    return QVariantList{SqlValues::id(*member), SqlValues::date(record.date), SqlValues::code(record.kind),
                        SqlValues::text(record.note), SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Violation& record)
{
    return run(m_insertViolation, values(record), subject(record), false);
}

Status RecordWriter::update(const Violation& record)
{
    return run(m_updateViolation, values(record), subject(record), true);
}

// --- commendations

RecordWriter::Subject RecordWriter::subject(const Commendation& record)
{
    return {tr("Could not save commendation %1: %2"), nameOr(record.title, record.id),
            location(u"commendations"_s, record.id)};
}

Result<QVariantList> RecordWriter::values(const Commendation& record)
{
    const Result<QVariant> member = m_ids.optional(Kind::Member, record.memberId);
    if (!member)
        return member.error();
    const Result<QVariant> org = m_ids.optional(Kind::Organisation, record.orgId);
    if (!org)
        return org.error();
    return QVariantList{*member,
                        *org,
                        SqlValues::date(record.date),
                        SqlValues::text(record.title),
                        SqlValues::text(record.issuer),
                        SqlValues::text(record.decision),
                        SqlValues::uuid(record.id)};
}

Status RecordWriter::insert(const Commendation& record)
{
    return run(m_insertCommendation, values(record), subject(record), false);
}

Status RecordWriter::update(const Commendation& record)
{
    return run(m_updateCommendation, values(record), subject(record), true);
}

// --- shared

Status RecordWriter::run(SqlStatement& statement, const Result<QVariantList>& values, const Subject& what,
                         bool mustMatch)
{
    if (!values)
        return SqlErrors::wrap(values.error(), what.format, what.name, what.location);
    if (!statement.exec(*values))
        return SqlErrors::failed(m_db.dialect(), statement.error(), what.format, what.name, what.location);
    if (mustMatch && statement.rowsAffected() == 0)
        return SqlErrors::notFound(what.format, what.name, what.location);
    return {};
}

} // namespace chibo
