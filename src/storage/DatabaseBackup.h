// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

class Database;

/// Copies between an open Database and backup files through the back end's online backup (SQLite:
/// sqlite3_backup_*, see OnlineBackup), without closing the connection. A server database (PostgreSQL)
/// has none: its backups are the administrator's job (pg_dump), and every call says so
/// (storage.unsupported). Inside a transaction nothing is copied (storage.transaction): its uncommitted
/// writes would be copied, or overwritten.
class DatabaseBackup {
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    /// Writes a consistent copy of `database` to `target`, a file that must not exist yet; other
    /// connections may go on reading and writing meanwhile. The copy is one self-contained SQLite file.
    /// storage.backup when it cannot be written (nothing is left at `target`).
    static Status copyTo(Database& database, const QString& target);
    /// Checks without changing anything that `source` is a ChiBo database this build can restore: it
    /// opens, its integrity check is "ok", and its schema version is between 1 and
    /// Database::latestSchemaVersion(). Returns that version; storage.not-a-database, storage.corrupt
    /// or storage.newer-schema otherwise, with a message naming the file.
    static Result<int> check(const Database& database, const QString& source);
    /// Replaces the whole content of `database` by that of the backup `source`, after check(); a
    /// refused file changes nothing. The connection stays open and valid (other connections see the
    /// restored content on their next read), and a backup of an older schema is migrated to the latest.
    /// Refused for the database's own file (storage.restore).
    static Status restoreFrom(Database& database, const QString& source);
};

} // namespace chibo
