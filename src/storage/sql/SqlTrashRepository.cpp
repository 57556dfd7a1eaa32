// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlTrashRepository.h"

#include "storage/Database.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString location(const QUuid& id)
{
    return SqlErrors::location(u"deleted_records"_s, SqlValues::uuidText(id));
}

} // namespace

Status SqlTrashRepository::add(const TrashEntry& entry)
{
    if (entry.id.isNull() || entry.kind.isEmpty() || entry.recordId.isNull() || entry.orgId.isNull() ||
        !entry.deletedAt.isValid() || entry.deletedBy.trimmed().isEmpty())
        return Error{u"storage.invalid"_s,
                     tr("Could not put %1 in the recycle bin: its id, kind, record, organisation, time and "
                        "author are required.")
                         .arg(entry.label),
                     location(entry.id)};
    SqlStatement insert(m_db, u"INSERT INTO deleted_records (uuid, kind, record, org, label, payload, "
                              u"deleted_at, deleted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values{SqlValues::uuid(entry.id),
                              SqlValues::text(entry.kind),
                              SqlValues::uuid(entry.recordId),
                              SqlValues::uuid(entry.orgId),
                              SqlValues::text(entry.label),
                              SqlValues::text(entry.payload),
                              SqlValues::dateTime(entry.deletedAt),
                              SqlValues::text(entry.deletedBy)};
    if (!insert.exec(values))
        return SqlErrors::failed(m_db.dialect(), insert.error(),
                                 tr("Could not put %1 in the recycle bin: %2"), entry.label,
                                 location(entry.id));
    return {};
}

Result<QList<TrashEntry>> SqlTrashRepository::entries(const QList<QUuid>& orgIds) const
{
    if (orgIds.isEmpty())
        return select(u"1 = 1"_s, {}, false);
    return TransactionScope::run(m_db, [&]() -> Result<QList<TrashEntry>> {
        if (Status status = ScopeTables(m_db).setOrganisations(orgIds); !status)
            return status.error();
        return select(
            u"d.org IN (SELECT o.uuid FROM chibo_scope_orgs s CROSS JOIN organisations o ON o.id = s.id)"_s,
            {}, false);
    });
}

Result<std::optional<TrashEntry>> SqlTrashRepository::find(const QUuid& id) const
{
    const Result<QList<TrashEntry>> found = select(u"d.uuid = ?"_s, {SqlValues::uuid(id)}, true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<TrashEntry>();
    return std::optional<TrashEntry>(found->constFirst());
}

Status SqlTrashRepository::remove(const QUuid& id)
{
    SqlStatement remove(m_db, u"DELETE FROM deleted_records WHERE uuid = ?"_s);
    const QString format = tr("Could not take the entry %1 out of the recycle bin: %2");
    if (!remove.exec({SqlValues::uuid(id)}))
        return SqlErrors::failed(m_db.dialect(), remove.error(), format, SqlValues::uuidText(id),
                                 location(id));
    if (remove.rowsAffected() == 0)
        return SqlErrors::notFound(format, SqlValues::uuidText(id), location(id));
    return {};
}

Result<QList<TrashEntry>> SqlTrashRepository::select(const QString& where, const QVariantList& values,
                                                     bool payload) const
{
    // The payload can be large; a listing leaves it out. The integer id breaks ties of equal times.
    const QString sql = u"SELECT d.uuid, d.kind, d.record, d.org, d.label, "_s +
                        (payload ? u"d.payload"_s : u"''"_s) +
                        u", d.deleted_at, d.deleted_by FROM deleted_records d WHERE "_s + where +
                        u" ORDER BY d.deleted_at DESC, d.id DESC"_s;
    QList<TrashEntry> found;
    const auto read = [&](RowReader& row) -> Status {
        TrashEntry entry{row.uuid(0), row.text(1), row.uuid(2),     row.uuid(3),
                         row.text(4), row.text(5), row.dateTime(6), row.text(7)};
        if (!row.ok())
            return row.error(location(entry.id));
        found.append(std::move(entry));
        return {};
    };
    if (Status status = SqlSelect::each(m_db, sql, tr("Could not read the recycle bin: %1"), read, values);
        !status)
        return status.error();
    return found;
}

} // namespace chibo
