// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/SqliteIntegrity.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"

#include <QSqlRecord>

namespace chibo {

namespace {

/// Every row of `sql`, its columns joined by " | ".
Result<QStringList> rowsOf(const Database& db, const QString& sql)
{
    SqlStatement statement(db, sql);
    if (!statement.exec())
        return SqlErrors::failed(db.dialect(), statement.error(),
                                 SqliteIntegrity::tr("Could not check the database (%1): %2"), sql);
    QStringList rows;
    const int columns = statement.query().record().count();
    while (statement.next()) {
        QStringList values;
        for (int column = 0; column < columns; ++column)
            values.append(statement.value(column).toString());
        rows.append(values.join(u" | "));
    }
    statement.finish();
    return rows;
}

} // namespace

Result<IntegrityReport> SqliteIntegrity::check(const Database& db)
{
    IntegrityReport report;
    auto integrity = rowsOf(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    if (*integrity != QStringList{QStringLiteral("ok")})
        report.integrityProblems = *integrity;
    // Columns: table, rowid, parent table, index of the foreign key.
    auto foreignKeys = rowsOf(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    report.foreignKeyProblems = *foreignKeys;
    auto mode = rowsOf(db, QStringLiteral("PRAGMA journal_mode"));
    auto synchronous = rowsOf(db, QStringLiteral("PRAGMA synchronous"));
    auto version = rowsOf(db, QStringLiteral("SELECT sqlite_version()"));
    if (!mode || !synchronous || !version)
        return !mode ? mode.error() : (!synchronous ? synchronous.error() : version.error());
    report.sqliteVersion = version->value(0);
    report.journalMode = mode->value(0);
    report.synchronous = synchronous->value(0, QStringLiteral("-1")).toInt();
    return report;
}

} // namespace chibo
