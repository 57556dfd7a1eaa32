// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace chibo {

class Database;

/// One SQL statement with positional parameters (?), prepared on first use and reused for every row of a
/// loop. Values are always bound, never spliced into the text.
class SqlStatement {
public:
    SqlStatement(const Database& db, QString sql);

    /// Binds `values` to the parameters in order and executes. False on failure; see error().
    bool exec(const QVariantList& values = {});
    /// After exec() of a statement with "RETURNING id": the id of the first row, nullopt when there was
    /// none (an UPDATE that matched nothing). Finishes the statement.
    std::optional<qint64> returnedId();
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    int rowsAffected() const { return m_query.numRowsAffected(); }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    const QSqlQuery& query() const { return m_query; }
    /// Releases the result set so the statement holds no lock until the next exec().
    void finish() { m_query.finish(); }
    const QSqlError& error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_sql;
    QSqlError m_error;
    bool m_prepared = false;
};

} // namespace chibo
