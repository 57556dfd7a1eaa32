// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/DatabaseBackup.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sqlite/SqliteDialect.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

namespace chibo {

namespace {

// Each Database gets its own Qt connection, so that several can be open at once (two files, a test's
// databases) and removing one never touches another.
QString newConnectionName()
{
    return u"chibo-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString savepointName(int depth)
{
    return QStringLiteral("chibo_sp%1").arg(depth);
}

/// Whether this process may write `path`. access() asks the kernel, so a read-only file system or an
/// immutable file answers no even for root, for whom the permission bits never do.
bool mayWrite(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

/// A file ChiBo can open but never write, in a folder it cannot write either (a read-only medium or
/// mount): SQLite cannot create the WAL index there, so the file is read as immutable, which is exact as
/// long as no WAL beside it holds changes not yet copied into it.
bool readAsImmutable(const QFileInfo& info)
{
    const QFileInfo wal(info.filePath() + QStringLiteral("-wal"));
    return !mayWrite(info.absolutePath()) && (!wal.exists() || wal.size() == 0);
}

/// The name QSQLITE opens `path` with: the file itself, or an immutable URI for a read-only medium.
QString sqliteName(const QString& path, bool immutable)
{
    if (!immutable)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

} // namespace

Database::Database(QString connectionName, QString path, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(std::move(dialect))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, Mode mode)
{
    const bool readOnly = mode == Mode::ReadOnly;
    const QFileInfo info(path);
    if (path.isEmpty() || (info.exists() && !info.isFile()))
        return Error{QStringLiteral("storage.io"), tr("%1 is not a database file.").arg(path), path};
    if (readOnly && !info.exists())
        return Error{QStringLiteral("storage.io"), tr("The database file %1 does not exist.").arg(path),
                     path};
    if (!readOnly && !(mayWrite(info.absolutePath()) && (!info.exists() || mayWrite(path))))
        return Error{QStringLiteral("storage.read-only"),
                     tr("The database %1 cannot be changed: the file or its folder is read-only (ChiBo "
                        "writes a journal beside the file). Commands that only read it still work; to change "
                        "it, copy it to a folder you can write to.")
                         .arg(path),
                     path};
    const bool immutable = readOnly && readAsImmutable(info);
    auto opened = connect(std::make_unique<SqliteDialect>(), sqliteName(path, immutable), path, readOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    if (Status status = db->initialise(readOnly); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openSqliteInMemory()
{
    auto opened = connect(std::make_unique<SqliteDialect>(), QStringLiteral(":memory:"), {}, false);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    if (Status status = db->initialise(false); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::connect(std::unique_ptr<SqlDialect> dialect, const QString& name,
                                                    const QString& path, bool readOnly)
{
    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), connectionName);
        db.setDatabaseName(name);
        if (readOnly)
            db.setConnectOptions(name.startsWith(u"file:")
                                     ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                     : QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    // From here on the Database owns the connection and removes it, whatever happens.
    std::unique_ptr<Database> database(new Database(connectionName, path, std::move(dialect)));
    QSqlDatabase db = database->connection();
    if (!db.isValid()) {
        return Error{QStringLiteral("storage.driver"),
                     tr("The Qt SQL driver %1 is not available.").arg(database->dialect().driverName()),
                     path};
    }
    if (!db.open()) {
        return SqlErrors::failed(database->dialect(), db.lastError(),
                                 tr("Could not open the database %1: %2"), path.isEmpty() ? name : path,
                                 path);
    }
    return database;
}

Status Database::initialise(bool readOnly)
{
    if (Status status = probe(); !status)
        return status;
    if (Status status = runAll(m_dialect->connectionSetup()); !status)
        return status;
    QSqlDatabase db = connection();
    const Result<int> found = Migrator::currentVersion(db, *m_dialect);
    if (!found)
        return Error{found.error().code, found.error().message, m_path};
    const int version = *found;
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return Error{
            QStringLiteral("storage.newer-schema"),
            tr("The database %1 has schema version %2, but this version of ChiBo reads versions up to "
               "%3 only. Open it with a newer ChiBo.")
                .arg(m_path, QString::number(version), QString::number(latest)),
            m_path};
    }
    m_version = version;
    if (readOnly) {
        if (version == latest)
            return {};
        return Error{
            QStringLiteral("storage.needs-upgrade"),
            tr("The database %1 has schema version %2 and must be upgraded to version %3 before it can "
               "be opened read-only. Open it once for writing.")
                .arg(m_path, QString::number(version), QString::number(latest)),
            m_path};
    }
    if (Status status = runAll(m_dialect->writableSetup()); !status)
        return status;
    if (version > 0 && version < latest && !m_path.isEmpty()) {
        if (Status status = backUp(latest); !status)
            return status;
    }
    if (Status status = Migrator::migrate(db, *m_dialect, latest); !status)
        return Error{status.error().code, status.error().message, m_path};
    m_version = latest;
    return {};
}

Status Database::probe()
{
    SqlStatement probe(*this, m_dialect->probeQuery());
    if (probe.exec()) {
        probe.finish();
        return {};
    }
    const Error error = SqlErrors::failed(*m_dialect, probe.error(), tr("Could not open the database %1: %2"),
                                          m_path, m_path);
    if (error.code != QStringLiteral("storage.not-a-database"))
        return error;
    return Error{
        error.code,
        tr("The file %1 is not a ChiBo database (%2).").arg(m_path, SqlErrors::reason(probe.error())),
        m_path};
}

Status Database::runAll(const QStringList& statements)
{
    for (const QString& statement : statements) {
        QSqlError error;
        if (!execute(statement, error))
            return SqlErrors::failed(*m_dialect, error, tr("Could not set up the database %1: %2"), m_path,
                                     m_path);
    }
    return {};
}

bool Database::execute(const QString& statement, QSqlError& error)
{
    SqlStatement query(*this, statement);
    if (!query.exec()) {
        error = query.error();
        return false;
    }
    query.finish();
    return true;
}

QString Database::backupPathFor(const QString& path, int version)
{
    const QString base = QStringLiteral("%1.before-v%2").arg(path).arg(version);
    QString candidate = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.bak").arg(base).arg(n);
    return candidate;
}

Status Database::backUp(int targetVersion)
{
    if (!m_dialect->onlineBackup(connection()))
        return {}; // a server database: its backups are the administrator's (pg_dump)
    const QString target = backupPathFor(m_path, targetVersion);
    if (Status copied = DatabaseBackup::copyTo(*this, target); !copied) {
        return Error{QStringLiteral("storage.backup"),
                     tr("Could not write the backup %1 before upgrading the database: %2")
                         .arg(target, copied.error().message),
                     m_path};
    }
    return {};
}

int Database::schemaVersion() const
{
    return m_version;
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::begin()
{
    QSqlDatabase db = connection();
    QSqlError error;
    const bool started =
        m_depth == 0 ? db.transaction() : execute(u"SAVEPOINT " + savepointName(m_depth), error);
    if (!started) {
        return SqlErrors::failed(*m_dialect, m_depth == 0 ? db.lastError() : error,
                                 tr("Could not start a transaction: %1"));
    }
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return SqlErrors::noTransaction();
    QSqlDatabase db = connection();
    QSqlError error;
    const bool done =
        m_depth == 1 ? db.commit() : execute(u"RELEASE SAVEPOINT " + savepointName(m_depth - 1), error);
    if (!done) {
        return SqlErrors::failed(*m_dialect, m_depth == 1 ? db.lastError() : error,
                                 tr("Could not commit the transaction: %1"));
    }
    --m_depth;
    return {};
}

Status Database::rollback()
{
    if (m_depth == 0)
        return SqlErrors::noTransaction();
    // The depth drops even when the statement fails: the caller cannot retry a rollback meaningfully.
    --m_depth;
    QSqlDatabase db = connection();
    QSqlError error;
    const QString name = savepointName(m_depth);
    const bool done = m_depth == 0 ? db.rollback()
                                   : execute(u"ROLLBACK TO SAVEPOINT " + name, error) &&
                                         execute(u"RELEASE SAVEPOINT " + name, error);
    if (!done) {
        return SqlErrors::failed(*m_dialect, m_depth == 0 ? db.lastError() : error,
                                 tr("Could not roll back the transaction: %1"));
    }
    return {};
}

} // namespace chibo
