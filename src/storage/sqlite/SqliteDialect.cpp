// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/SqliteDialect.h"

#include "storage/sqlite/SqliteBackup.h"
#include "storage/sqlite/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace chibo {

namespace {

// Primary result codes (https://sqlite.org/rescode.html). QSQLITE reports extended codes, whose low byte
// is the primary code.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;
constexpr int SqliteError = 1;

/// The primary code of a driver text that came without its code: QSQLITE reports some failures of a step
/// as a generic SQLITE_ERROR, with SQLite's own (fixed, English) sentence for the real code.
int primaryCodeOf(const QString& text)
{
    static const std::pair<const char16_t*, int> sentences[] = {
        {u"database disk image is malformed", SqliteCorrupt},
        {u"database is locked", SqliteBusy},
        {u"database or disk is full", SqliteFull},
        {u"attempt to write a readonly database", SqliteReadOnly},
        {u"file is not a database", SqliteNotADb}};
    for (const auto& [sentence, code] : sentences) {
        if (text.contains(QStringView(sentence)))
            return code;
    }
    return SqliteError;
}

/// QSQLITE's own sqlite3 handle of an open connection; nullptr when there is none.
sqlite3* nativeHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::idColumn() const
{
    // An alias of the rowid: numbered by SQLite, no AUTOINCREMENT table needed.
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

QString SqliteDialect::idType() const
{
    return QStringLiteral("INTEGER");
}

QStringList SqliteDialect::connectionSetup() const
{
    // Foreign keys are off by default in SQLite and are a per-connection setting.
    return {QStringLiteral("PRAGMA foreign_keys = ON")};
}

QStringList SqliteDialect::writableSetup() const
{
    // WAL lets readers work while a writer commits. The mode is stored in the file header, so switching
    // writes: done only after the version check, so that a refused file stays byte-identical, and never on
    // a read-only connection (which keeps the mode the file has).
    return {QStringLiteral("PRAGMA journal_mode = WAL")};
}

QString SqliteDialect::probeQuery() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString SqliteDialect::tableExistsQuery() const
{
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
}

QString SqliteDialect::tableCountQuery() const
{
    return QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'");
}

QStringList SqliteDialect::schemaMetaDdl() const
{
    return {QStringLiteral("CREATE TABLE schema_meta (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_meta (id, version) VALUES (1, 0)")};
}

QStringList SqliteDialect::appendOnlyDdl(const QString& table) const
{
    // RAISE(ABORT) fails the statement and keeps the transaction: the caller's rollback decides the rest.
    const QString body =
        QStringLiteral(" ON %1 BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END").arg(table);
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE").arg(table) + body,
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE").arg(table) + body};
}

QString SqliteDialect::createTemporaryIdTable(const QString& name) const
{
    return QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(name);
}

QString SqliteDialect::errorCode(const QSqlError& error) const
{
    bool isNumber = false;
    int primary = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (!isNumber || primary == SqliteError)
        primary = primaryCodeOf(error.databaseText());
    switch (primary) {
    case SqliteConstraint: return QStringLiteral("storage.constraint");
    case SqliteBusy:
    case SqliteLocked: return QStringLiteral("storage.busy");
    case SqliteReadOnly: return QStringLiteral("storage.read-only");
    case SqliteFull: return QStringLiteral("storage.full");
    case SqliteIoErr:
    case SqliteCantOpen: return QStringLiteral("storage.io");
    case SqliteCorrupt: return QStringLiteral("storage.corrupt");
    case SqliteNotADb: return QStringLiteral("storage.not-a-database");
    default: return QStringLiteral("storage.sql");
    }
}

std::unique_ptr<NativeStatement> SqliteDialect::prepareNative(const QSqlDatabase& connection,
                                                              const QString& sql, QSqlError& error) const
{
    sqlite3* db = nativeHandle(connection);
    if (!db)
        return nullptr;
    auto statement = std::make_unique<SqliteStatement>(db);
    if (!statement->prepare(sql)) {
        error = statement->error();
        return nullptr;
    }
    return statement;
}

std::unique_ptr<OnlineBackup> SqliteDialect::onlineBackup(const QSqlDatabase& connection) const
{
    sqlite3* db = nativeHandle(connection);
    if (!db)
        return nullptr;
    return std::make_unique<SqliteBackup>(db);
}

} // namespace chibo
