// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/NativeStatement.h"
#include "storage/OnlineBackup.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace chibo {

/// What differs between the SQL back ends ChiBo speaks to. Repositories and migrations write portable SQL
/// (bound parameters, INSERT … RETURNING, ON CONFLICT … DO UPDATE, WITH RECURSIVE) and ask the dialect for
/// the rest: connection set-up, id columns, catalogue queries, online backups, error classification.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver, e.g. "QSQLITE".
    virtual QString driverName() const = 0;
    /// Definition of the integer primary key column "id" that the database numbers itself.
    virtual QString idColumn() const = 0;
    /// Column type of a reference to such an id.
    virtual QString idType() const = 0;
    /// Statements run first on every new connection; they must not write to the database.
    virtual QStringList connectionSetup() const = 0;
    /// Statements run on every read-write connection once the schema version has been checked; they may
    /// write (SQLite's journal mode is stored in the file).
    virtual QStringList writableSetup() const = 0;
    /// A cheap query that fails when the file or server holds no database of this back end.
    virtual QString probeQuery() const = 0;
    /// Query with one bound parameter, a table name, giving one row when that table exists.
    virtual QString tableExistsQuery() const = 0;
    /// Query giving the number of ordinary tables in the database (0 for a new, empty database).
    virtual QString tableCountQuery() const = 0;
    /// DDL creating the table that holds the schema version (one row, column "version").
    virtual QStringList schemaMetaDdl() const = 0;
    /// DDL that makes `table` append-only: any UPDATE or DELETE of its rows fails with an error.
    virtual QStringList appendOnlyDdl(const QString& table) const = 0;
    /// Copies between `connection`'s database and files through the back end's online backup (see
    /// OnlineBackup); nullptr when the back end has none (a server database: backups are the
    /// administrator's job, pg_dump). The result refers to the connection and must not outlive it.
    virtual std::unique_ptr<OnlineBackup> onlineBackup(const QSqlDatabase& connection) const
    {
        Q_UNUSED(connection)
        return nullptr;
    }
    /// DDL creating, when missing, a connection-private table `name` with one id column as primary key.
    virtual QString createTemporaryIdTable(const QString& name) const = 0;
    /// The stable error code for a driver error: "storage.constraint", "storage.io", "storage.busy",
    /// "storage.read-only", "storage.full", "storage.not-a-database", "storage.corrupt" or "storage.sql".
    virtual QString errorCode(const QSqlError& error) const = 0;
    /// `sql` prepared on `connection`'s own handle (see NativeStatement); nullptr when this back end has
    /// no such statements, and then Qt SQL runs it. A failed prepare sets `error` and returns nullptr too.
    virtual std::unique_ptr<NativeStatement> prepareNative(const QSqlDatabase& connection, const QString& sql,
                                                           QSqlError& error) const
    {
        Q_UNUSED(connection)
        Q_UNUSED(sql)
        Q_UNUSED(error)
        return nullptr;
    }

    /// The schema steps' DDL for this back end: `ddl` with "{id}" replaced by idColumn() and "{ref}" by
    /// idType().
    template <std::size_t N>
    QStringList ddl(const char16_t* const (&statements)[N]) const
    {
        QStringList expanded;
        for (const char16_t* statement : statements) {
            QString text = QString::fromUtf16(statement);
            text.replace(QLatin1String("{id}"), idColumn());
            text.replace(QLatin1String("{ref}"), idType());
            expanded.append(text);
        }
        return expanded;
    }
};

} // namespace chibo
