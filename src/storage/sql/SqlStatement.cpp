// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlStatement.h"

#include "storage/Database.h"

#include <QSqlDatabase>

namespace chibo {

SqlStatement::SqlStatement(const Database& db, QString sql)
    : m_query(db.connection())
    , m_sql(std::move(sql))
{
    m_query.setForwardOnly(true);
}

bool SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql)) {
            m_error = m_query.lastError();
            return false;
        }
        m_prepared = true;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values[i]);
    if (!m_query.exec()) {
        m_error = m_query.lastError();
        return false;
    }
    m_error = QSqlError();
    return true;
}

std::optional<qint64> SqlStatement::returnedId()
{
    std::optional<qint64> id;
    if (m_query.next())
        id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

} // namespace chibo
