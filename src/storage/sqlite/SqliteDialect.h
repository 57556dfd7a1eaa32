// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDialect.h"

namespace chibo {

/// SQLite (3.35 or later, for RETURNING) through Qt's QSQLITE driver.
class SqliteDialect final : public SqlDialect {
public:
    QString driverName() const override;
    QString idColumn() const override;
    QString idType() const override;
    QStringList connectionSetup() const override;
    QStringList writableSetup() const override;
    QString probeQuery() const override;
    QString tableExistsQuery() const override;
    QString tableCountQuery() const override;
    QStringList schemaMetaDdl() const override;
    QStringList appendOnlyDdl(const QString& table) const override;
    QString createTemporaryIdTable(const QString& name) const override;
    QString errorCode(const QSqlError& error) const override;
    /// A SqliteStatement on QSQLITE's sqlite3 handle (the same system library).
    std::unique_ptr<NativeStatement> prepareNative(const QSqlDatabase& connection, const QString& sql,
                                                   QSqlError& error) const override;
    /// A SqliteBackup on the same handle.
    std::unique_ptr<OnlineBackup> onlineBackup(const QSqlDatabase& connection) const override;
};

} // namespace chibo
