// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlAuditRepository.h"

#include "core/AuditChain.h"
#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QVariant optionalUuid(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : SqlValues::uuid(id);
}

QUuid readOptionalUuid(RowReader& row, int column)
{
    return row.isNull(column) ? QUuid() : row.uuid(column);
}

QString location(qint64 sequence)
{
    return SqlErrors::location(u"audit_log"_s, QString::number(sequence));
}

} // namespace

Result<AuditEntry> SqlAuditRepository::append(AuditEntry entry)
{
    const QString format = tr("Could not add to the audit trail: %1");
    if (!entry.at.isValid() || entry.userName.trimmed().isEmpty() || entry.action.isEmpty() ||
        entry.subjectKind.isEmpty())
        return Error{u"storage.invalid"_s,
                     format.arg(tr("the time, the user, the action and the kind of record "
                                   "are required.")),
                     u"audit_log"_s};
    return TransactionScope::run(m_db,
                                 [&]() -> Result<AuditEntry> { return appendAfterLast(entry, format); });
}

Result<AuditEntry> SqlAuditRepository::appendAfterLast(AuditEntry entry, const QString& format)
{
    entry.sequence = 1;
    entry.previousHash.clear();
    const Status last =
        SqlSelect::each(m_db, u"SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1"_s,
                        format, [&](RowReader& row) -> Status {
                            entry.sequence = row.integer(0) + 1;
                            entry.previousHash = row.text(1).toUtf8();
                            return {};
                        });
    if (!last)
        return last.error();
    entry.at = entry.at.toUTC();
    entry.hash = AuditChain::hashOf(entry);
    SqlStatement insert(m_db,
                        u"INSERT INTO audit_log (sequence, at, user_name, action, subject_kind, subject, "
                        u"org, summary, before_json, after_json, previous_hash, hash) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values{SqlValues::integer(entry.sequence),
                              SqlValues::dateTime(entry.at),
                              SqlValues::text(entry.userName),
                              SqlValues::text(entry.action),
                              SqlValues::text(entry.subjectKind),
                              optionalUuid(entry.subjectId),
                              optionalUuid(entry.orgId),
                              SqlValues::text(entry.summary),
                              SqlValues::text(QString::fromUtf8(entry.before)),
                              SqlValues::text(QString::fromUtf8(entry.after)),
                              SqlValues::text(QString::fromLatin1(entry.previousHash)),
                              SqlValues::text(QString::fromLatin1(entry.hash))};
    if (!insert.exec(values))
        return SqlErrors::failed(m_db.dialect(), insert.error(), format);
    return entry;
}

Result<QList<AuditEntry>> SqlAuditRepository::latest(int limit) const
{
    QList<AuditEntry> found;
    const Status status = select(u"ORDER BY sequence DESC LIMIT ?"_s, {SqlValues::integer(limit)},
                                 [&](const AuditEntry& entry) -> Status {
                                     found.append(entry);
                                     return {};
                                 });
    if (!status)
        return status.error();
    return found;
}

Status SqlAuditRepository::each(const std::function<Status(const AuditEntry&)>& onEntry) const
{
    return select(u"ORDER BY sequence"_s, {}, onEntry);
}

Status SqlAuditRepository::select(const QString& tail, const QVariantList& values,
                                  const std::function<Status(const AuditEntry&)>& onEntry) const
{
    const QString sql = u"SELECT sequence, at, user_name, action, subject_kind, subject, org, summary, "
                        u"before_json, after_json, previous_hash, hash FROM audit_log "_s +
                        tail;
    const auto read = [&](RowReader& row) -> Status {
        AuditEntry entry;
        entry.sequence = row.integer(0);
        entry.at = row.dateTime(1);
        entry.userName = row.text(2);
        entry.action = row.text(3);
        entry.subjectKind = row.text(4);
        entry.subjectId = readOptionalUuid(row, 5);
        entry.orgId = readOptionalUuid(row, 6);
        entry.summary = row.text(7);
        entry.before = row.text(8).toUtf8();
        entry.after = row.text(9).toUtf8();
        entry.previousHash = row.text(10).toLatin1();
        entry.hash = row.text(11).toLatin1();
        if (!row.ok())
            return row.error(location(entry.sequence));
        return onEntry(entry);
    };
    return SqlSelect::each(m_db, sql, tr("Could not read the audit trail: %1"), read, values);
}

} // namespace chibo
