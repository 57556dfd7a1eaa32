// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/UuidScope.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"

#include <QSet>

namespace chibo {

Status UuidScope::set(const QList<QUuid>& ids)
{
    // CREATE TEMPORARY TABLE IF NOT EXISTS is understood by SQLite and PostgreSQL alike.
    SqlStatement create(m_db, QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS chibo_scope_uuids "
                                             "(uuid TEXT PRIMARY KEY)"));
    SqlStatement clear(m_db, QStringLiteral("DELETE FROM chibo_scope_uuids"));
    const QString failed = tr("Could not select the records to read: %1");
    if (!create.exec())
        return SqlErrors::failed(m_db.dialect(), create.error(), failed);
    if (!clear.exec())
        return SqlErrors::failed(m_db.dialect(), clear.error(), failed);
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO chibo_scope_uuids (uuid) VALUES (?)"));
    QSet<QUuid> seen;
    seen.reserve(ids.size());
    for (const QUuid& id : ids) {
        if (id.isNull() || seen.contains(id))
            continue;
        seen.insert(id);
        if (!insert.exec({SqlValues::uuid(id)}))
            return SqlErrors::failed(m_db.dialect(), insert.error(), failed);
    }
    return {};
}

} // namespace chibo
