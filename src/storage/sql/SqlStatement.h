// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/NativeStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace chibo {

class Database;

/// One SQL statement with positional parameters (?), prepared on first use and reused for every row of a
/// loop. Values are always bound, never spliced into the text.
class SqlStatement {
public:
    /// How values reach the statement. Native: on the back end's own statement when the dialect has one
    /// (SqlDialect::prepareNative), for bulk writes that run the statement for thousands of rows; the
    /// results are the same, the cost per value a fraction. Otherwise, and with Qt, through QSqlQuery.
    enum class Binding { Qt, Native };

    SqlStatement(const Database& db, QString sql, Binding binding = Binding::Qt);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    /// Binds `values` to the parameters in order and executes. False on failure; see error().
    bool exec(const QVariantList& values = {});
    /// After exec() of a statement with "RETURNING id": the id of the first row, nullopt when there was
    /// none (an UPDATE that matched nothing). Finishes the statement.
    std::optional<qint64> returnedId();
    /// Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    int rowsAffected() const { return m_native ? m_native->rowsAffected() : m_query.numRowsAffected(); }
    bool next() { return m_native ? m_native->next() : m_query.next(); }
    QVariant value(int column) const { return m_native ? m_native->value(column) : m_query.value(column); }
    /// The Qt SQL query behind a statement bound with Binding::Qt (SqlSelect reads its rows).
    const QSqlQuery& query() const { return m_query; }
    /// The back end's statement behind a statement bound with Binding::Native, or nullptr.
    const NativeStatement* native() const { return m_native.get(); }
    /// Releases the result set so the statement holds no lock until the next exec().
    void finish();
    const QSqlError& error() const { return m_error; }

private:
    bool prepare();

    const Database& m_db;
    QSqlQuery m_query;
    std::unique_ptr<NativeStatement> m_native;
    QString m_sql;
    QSqlError m_error;
    Binding m_binding;
    bool m_prepared = false;
};

} // namespace chibo
