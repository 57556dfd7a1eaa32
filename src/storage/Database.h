// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace chibo {

class SqlDialect;

/// One open ChiBo database: a named Qt SQL connection with foreign keys on, WAL, and the schema migrated
/// to the version this build knows. Before upgrading a database that holds data, a backup copy is written
/// next to it ("<file>.before-v<N>.bak"). Errors come back as values; nothing here talks to the user.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating when missing, unless ReadOnly) the SQLite file at `path` and migrates it.
    /// Refuses a file whose schema is newer than this build knows.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, Mode mode = Mode::ReadWrite);
    /// A private in-memory SQLite database, migrated; for tests and dry runs.
    static Result<std::unique_ptr<Database>> openSqliteInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    /// The latest schema version this build creates and reads.
    static int latestSchemaVersion();
    /// The file the backup before the upgrade to `version` goes to, unless that name is taken
    /// (then "<file>.before-v<N>-2.bak", "-3" …).
    static QString backupPathFor(const QString& path, int version);

    /// Transactions nest: the outermost begin() opens a transaction, inner ones a savepoint, so a write
    /// that must be atomic on its own still joins the caller's transaction.
    Status begin();
    Status commit();
    Status rollback();
    /// Open begin()s not yet committed or rolled back; 0 outside any transaction.
    int transactionDepth() const { return m_depth; }

    /// For storage code only: the connection and the dialect of its back end.
    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }

private:
    Database(QString connectionName, QString path, std::unique_ptr<SqlDialect> dialect);

    static Result<std::unique_ptr<Database>> connect(std::unique_ptr<SqlDialect> dialect, const QString& name,
                                                     const QString& path, bool readOnly);
    Status initialise(bool readOnly);
    Status probe();
    Status runAll(const QStringList& statements);
    Status backUp(int targetVersion);
    bool execute(const QString& statement, QSqlError& error);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_version = 0;
    int m_depth = 0;
};

} // namespace chibo
