// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseBackup.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OnlineBackup.h"
#include "storage/SqlDialect.h"

#include <QFileInfo>
#include <QSqlDatabase>

namespace chibo {

namespace {

Error insideTransaction()
{
    return Error{QStringLiteral("storage.transaction"),
                 DatabaseBackup::tr("A backup cannot be copied or restored inside a transaction."),
                 {}};
}

/// The back end's online backup on the database's connection, or the error saying it has none.
Result<std::unique_ptr<OnlineBackup>> onlineBackupOf(const Database& database)
{
    std::unique_ptr<OnlineBackup> backup = database.dialect().onlineBackup(database.connection());
    if (!backup) {
        return Error{QStringLiteral("storage.unsupported"),
                     DatabaseBackup::tr("ChiBo does not back up or restore a %1 database; its administrator "
                                        "does (pg_dump).")
                         .arg(database.dialect().driverName()),
                     database.path()};
    }
    return backup;
}

} // namespace

Status DatabaseBackup::copyTo(Database& database, const QString& target)
{
    if (database.transactionDepth() > 0)
        return insideTransaction();
    auto backup = onlineBackupOf(database);
    if (!backup)
        return backup.error();
    return (*backup)->copyTo(target);
}

Result<int> DatabaseBackup::check(const Database& database, const QString& source)
{
    auto backup = onlineBackupOf(database);
    if (!backup)
        return backup.error();
    return (*backup)->inspect(source, Database::latestSchemaVersion());
}

Status DatabaseBackup::restoreFrom(Database& database, const QString& source)
{
    if (database.transactionDepth() > 0)
        return insideTransaction();
    const QString own = database.path();
    if (!own.isEmpty() && QFileInfo(source).canonicalFilePath() == QFileInfo(own).canonicalFilePath()) {
        return Error{QStringLiteral("storage.restore"),
                     tr("%1 is the database itself; choose a backup file.").arg(source), source};
    }
    auto backup = onlineBackupOf(database);
    if (!backup)
        return backup.error();
    if (const Result<int> checked = (*backup)->inspect(source, Database::latestSchemaVersion()); !checked)
        return checked.error();
    if (Status copied = (*backup)->copyFrom(source); !copied)
        return copied;
    // The restored file may be older than this build: bring it up to date as opening it would (no backup
    // first: the file restored from is one). The connection's settings (foreign keys) are its own and
    // stay. Database::schemaVersion() was the latest already and is again.
    QSqlDatabase connection = database.connection();
    const Status migrated =
        Migrator::migrate(connection, database.dialect(), Database::latestSchemaVersion());
    if (!migrated)
        return Error{migrated.error().code, migrated.error().message, own};
    return {};
}

} // namespace chibo
