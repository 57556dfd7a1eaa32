// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlLockRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"
#include "storage/sql/UuidScope.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const QUuid& orgId, int year)
{
    return SqlValues::uuidText(orgId) + u' ' + QString::number(year);
}

QString location(const QUuid& orgId)
{
    return SqlErrors::location(u"locked_years"_s, SqlValues::uuidText(orgId));
}

} // namespace

Status SqlLockRepository::lock(const YearLockEntry& entry)
{
    const QString format = tr("Could not lock the year %1: %2");
    if (entry.year <= 0 || !entry.lockedAt.isValid() || entry.lockedBy.trimmed().isEmpty())
        return Error{u"storage.invalid"_s,
                     format.arg(nameOf(entry.orgId, entry.year),
                                tr("the year, the time and the person who locks it are required.")),
                     location(entry.orgId)};
    return TransactionScope::run(m_db, [&]() -> Status {
        IdResolver ids(m_db);
        const Result<qint64> org = ids.require(IdResolver::Kind::Organisation, entry.orgId);
        if (!org)
            return SqlErrors::wrap(org.error(), format, nameOf(entry.orgId, entry.year),
                                   location(entry.orgId));
        SqlStatement insert(m_db,
                            u"INSERT INTO locked_years (org_id, year, locked_at, locked_by, unlocked_at, "
                            u"unlocked_by, unlock_reason) VALUES (?, ?, ?, ?, NULL, '', '')"_s);
        if (!insert.exec({SqlValues::id(*org), SqlValues::integer(entry.year),
                          SqlValues::dateTime(entry.lockedAt), SqlValues::text(entry.lockedBy)}))
            return SqlErrors::failed(m_db.dialect(), insert.error(), format, nameOf(entry.orgId, entry.year),
                                     location(entry.orgId));
        return {};
    });
}

Status SqlLockRepository::unlock(const QUuid& orgId, int year, const QDateTime& at, const QString& by,
                                 const QString& reason)
{
    const QString format = tr("Could not unlock the year %1: %2");
    if (!at.isValid() || by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return Error{u"storage.invalid"_s,
                     format.arg(nameOf(orgId, year),
                                tr("the time, the person who unlocks it and the reason are required.")),
                     location(orgId)};
    SqlStatement update(m_db, u"UPDATE locked_years SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? "
                              u"WHERE org_id = (SELECT id FROM organisations WHERE uuid = ?) AND year = ? "
                              u"AND unlocked_at IS NULL"_s);
    if (!update.exec({SqlValues::dateTime(at), SqlValues::text(by), SqlValues::text(reason),
                      SqlValues::uuid(orgId), SqlValues::integer(year)}))
        return SqlErrors::failed(m_db.dialect(), update.error(), format, nameOf(orgId, year),
                                 location(orgId));
    if (update.rowsAffected() == 0)
        return SqlErrors::notFound(format, nameOf(orgId, year), location(orgId));
    return {};
}

Result<QList<YearLockEntry>> SqlLockRepository::current(const QList<QUuid>& orgIds, int year) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<YearLockEntry>> {
        QString where = u"l.unlocked_at IS NULL"_s;
        if (!orgIds.isEmpty()) {
            if (Status status = UuidScope(m_db).set(orgIds); !status)
                return status.error();
            where += u" AND o.uuid IN (SELECT uuid FROM chibo_scope_uuids)"_s;
        }
        QVariantList values;
        if (year != 0) {
            where += u" AND l.year = ?"_s;
            values.append(SqlValues::integer(year));
        }
        return select(where, values, u"l.year, o.uuid"_s);
    });
}

Result<QList<YearLockEntry>> SqlLockRepository::history(const QUuid& orgId) const
{
    return select(u"o.uuid = ?"_s, {SqlValues::uuid(orgId)}, u"l.id"_s);
}

Result<QList<YearLockEntry>> SqlLockRepository::select(const QString& where, const QVariantList& values,
                                                       const QString& order) const
{
    const QString sql =
        u"SELECT o.uuid, l.year, l.locked_at, l.locked_by, l.unlocked_at, l.unlocked_by, "
        u"l.unlock_reason FROM locked_years l JOIN organisations o ON o.id = l.org_id WHERE "_s +
        where + u" ORDER BY "_s + order;
    QList<YearLockEntry> found;
    const auto read = [&](RowReader& row) -> Status {
        YearLockEntry entry{row.uuid(0),     int(row.integer(1)), row.dateTime(2), row.text(3),
                            row.dateTime(4), row.text(5),         row.text(6)};
        if (!row.ok())
            return row.error(location(entry.orgId));
        found.append(std::move(entry));
        return {};
    };
    if (Status status = SqlSelect::each(m_db, sql, tr("Could not read the locked years: %1"), read, values);
        !status)
        return status.error();
    return found;
}

} // namespace chibo
