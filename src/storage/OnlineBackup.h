// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace chibo {

/// Page-by-page copies between the open connection's main database and a file, through the back end's
/// online backup (SQLite: sqlite3_backup_*): consistent while the database is open and in use, without
/// closing the connection. Database::copyTo and Database::restoreFrom are its only users.
class OnlineBackup {
public:
    virtual ~OnlineBackup() = default;

    /// Writes the whole database into `target`, a file that must not exist yet, as one self-contained file
    /// (no journal beside it). Nothing is left at `target` when it fails.
    virtual Status copyTo(const QString& target) = 0;
    /// Checks, without changing anything, that `source` is a database this build can restore: it opens,
    /// `integrity_check` says "ok" and its schema_meta version is between 1 and `latestVersion`. Returns
    /// that version.
    virtual Result<int> inspect(const QString& source, int latestVersion) = 0;
    /// Replaces the content of the main database by that of `source` (checked with inspect() first).
    /// The connection stays open; its schema is read again on the next statement.
    virtual Status copyFrom(const QString& source) = 0;
};

} // namespace chibo
