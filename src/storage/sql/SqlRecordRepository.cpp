// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlRecordRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/RecordReader.h"
#include "storage/sql/RecordRemover.h"
#include "storage/sql/RecordWriter.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

namespace {

template <typename T>
using Read = Result<QList<T>> (RecordReader::*)() const;

/// Sets both scopes (an empty list clears one, so no ids of an earlier read linger) and reads.
template <typename T>
Result<QList<T>> readIn(Database& db, const QList<QUuid>& memberIds, const QList<QUuid>& orgIds, Read<T> read)
{
    return TransactionScope::run(db, [&]() -> Result<QList<T>> {
        ScopeTables scopes(db);
        Status status = scopes.setMembers(memberIds);
        if (status)
            status = scopes.setOrganisations(orgIds);
        if (!status)
            return status.error();
        return (RecordReader(db).*read)();
    });
}

template <typename T>
Status writeOne(Database& db, const T& record, Status (RecordWriter::*write)(const T&))
{
    return TransactionScope::run(db, [&] {
        IdResolver ids(db);
        RecordWriter writer(db, ids);
        return (writer.*write)(record);
    });
}

} // namespace

Result<QList<Target>> SqlRecordRepository::targets(const QList<QUuid>& orgIds) const
{
    return readIn<Target>(m_db, {}, orgIds, &RecordReader::targets);
}

Result<std::optional<Target>> SqlRecordRepository::findTarget(const QUuid& id) const
{
    const Result<QList<Target>> found =
        RecordReader(m_db).targetsWhere(QStringLiteral("t.uuid = ?"), {SqlValues::uuid(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Target>();
    return std::optional<Target>(found->constFirst());
}

Result<QList<Target>> SqlRecordRepository::targetsSetBy(const QUuid& meetingId) const
{
    return RecordReader(m_db).targetsWhere(QStringLiteral("mt.uuid = ?"), {SqlValues::uuid(meetingId)});
}

Result<QList<Target>> SqlRecordRepository::openTargets(const QUuid& orgId, QDate day) const
{
    // A plan target has no meeting; a meeting's target counts once its meeting is in the past.
    return RecordReader(m_db).targetsWhere(
        QStringLiteral("o.uuid = ? AND t.status = ? AND ((t.meeting_id IS NULL AND t.plan_year <= ?) "
                       "OR mt.meeting_date < ?)"),
        {SqlValues::uuid(orgId), SqlValues::code(TargetStatus::Open), SqlValues::integer(day.year()),
         SqlValues::date(day)});
}

Result<QList<Assignment>> SqlRecordRepository::assignments(const QList<QUuid>& memberIds) const
{
    return readIn<Assignment>(m_db, memberIds, {}, &RecordReader::assignments);
}

Result<QList<Discipline>> SqlRecordRepository::disciplines(const QList<QUuid>& memberIds,
                                                           const QList<QUuid>& orgIds) const
{
    return readIn<Discipline>(m_db, memberIds, orgIds, &RecordReader::disciplines);
}

Result<QList<Leave>> SqlRecordRepository::leaves(const QList<QUuid>& memberIds) const
{
    return readIn<Leave>(m_db, memberIds, {}, &RecordReader::leaves);
}

Result<QList<DuesRecord>> SqlRecordRepository::dues(const QList<QUuid>& memberIds) const
{
    return readIn<DuesRecord>(m_db, memberIds, {}, &RecordReader::dues);
}

Result<QList<Violation>> SqlRecordRepository::violations(const QList<QUuid>& memberIds) const
{
    return readIn<Violation>(m_db, memberIds, {}, &RecordReader::violations);
}

Result<QList<Commendation>> SqlRecordRepository::commendations(const QList<QUuid>& memberIds,
                                                               const QList<QUuid>& orgIds) const
{
    return readIn<Commendation>(m_db, memberIds, orgIds, &RecordReader::commendations);
}

Status SqlRecordRepository::insert(const Target& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const Assignment& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const Discipline& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const Leave& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const DuesRecord& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const Violation& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::insert(const Commendation& record)
{
    return writeOne(m_db, record, &RecordWriter::insert);
}

Status SqlRecordRepository::update(const Target& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::update(const Assignment& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::update(const Discipline& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::update(const Leave& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::upsert(const DuesRecord& record)
{
    return writeOne(m_db, record, &RecordWriter::upsert);
}

Status SqlRecordRepository::update(const Violation& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::update(const Commendation& record)
{
    return writeOne(m_db, record, &RecordWriter::update);
}

Status SqlRecordRepository::remove(const QUuid& id)
{
    using Table = RecordRemover::Table;
    return TransactionScope::run(m_db, [&]() -> Status {
        const RecordRemover remover(m_db);
        const QString format = tr("Could not remove record %1: %2");
        for (Table table : {Table::Targets, Table::Assignments, Table::Disciplines, Table::Leaves,
                            Table::Violations, Table::Commendations}) {
            const Result<bool> removed = remover.removeIfPresent(table, id, format);
            if (!removed)
                return removed.error();
            if (*removed)
                return {};
        }
        return SqlErrors::notFound(format, SqlValues::uuidText(id), SqlValues::uuidText(id));
    });
}

Status SqlRecordRepository::removeTargetsSetBy(const QUuid& meetingId)
{
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM targets WHERE meeting_id = "
                                             "(SELECT id FROM meetings WHERE uuid = ?)"));
    if (!remove.exec({SqlValues::uuid(meetingId)}))
        return SqlErrors::failed(
            m_db.dialect(), remove.error(), tr("Could not remove the targets set by the meeting %1: %2"),
            SqlValues::uuidText(meetingId),
            SqlErrors::location(QStringLiteral("meetings"), SqlValues::uuidText(meetingId)));
    return {};
}

Status SqlRecordRepository::removeDues(const QUuid& memberId, YearMonth month)
{
    const QString format = tr("Could not remove the dues record %1: %2");
    const QString name = SqlValues::uuidText(memberId) + u' ' + month.toString();
    const QString location = SqlErrors::location(QStringLiteral("dues"), name);
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM dues WHERE member_id = "
                                             "(SELECT id FROM members WHERE uuid = ?) AND month = ?"));
    if (!remove.exec({SqlValues::uuid(memberId), SqlValues::month(month)}))
        return SqlErrors::failed(m_db.dialect(), remove.error(), format, name, location);
    if (remove.rowsAffected() == 0)
        return SqlErrors::notFound(format, name, location);
    return {};
}

} // namespace chibo
