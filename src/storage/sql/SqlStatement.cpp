// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlStatement.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>

namespace chibo {

SqlStatement::SqlStatement(const Database& db, QString sql, Binding binding)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(std::move(sql))
    , m_binding(binding)
{
    m_query.setForwardOnly(true);
}

SqlStatement::~SqlStatement() = default;

bool SqlStatement::prepare()
{
    if (m_binding == Binding::Native) {
        QSqlError error;
        m_native = m_db.dialect().prepareNative(m_db.connection(), m_sql, error);
        if (error.isValid()) {
            m_error = error;
            return false;
        }
        if (m_native)
            return true;
    }
    if (!m_query.prepare(m_sql)) {
        m_error = m_query.lastError();
        return false;
    }
    return true;
}

bool SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared) {
        if (!prepare())
            return false;
        m_prepared = true;
    }
    if (m_native) {
        if (!m_native->exec(values)) {
            m_error = m_native->error();
            return false;
        }
        m_error = QSqlError();
        return true;
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
    if (next())
        id = value(0).toLongLong();
    finish();
    return id;
}

void SqlStatement::finish()
{
    if (m_native)
        m_native->finish();
    else
        m_query.finish();
}

} // namespace chibo
