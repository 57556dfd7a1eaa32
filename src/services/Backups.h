// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "services/BackupEntry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <optional>

namespace chibo {

class Database;
struct Session;

/// The backups of one database file: where they go, what is there, how many are kept, and restoring one.
/// They live in a folder of their own, "<root>/<file name>-<8 hex digits of its path's hash>", named
/// "<base name>_<yyyyMMdd-HHmmss>_<reason>[-<n>].sqlite" (Backups::fileName), so the folder tells the
/// database and the name the time and the reason. Copies are made with the online backup
/// (DatabaseBackup::copyTo): consistent while the database is open. The clock is the caller's (`now`).
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    /// The backups of the database at `databasePath`, in a folder under `root`.
    Backups(const QString& root, const QString& databasePath);
    /// Under the user's data directory (DataLocations::backupDirectory()).
    static Backups inDataDirectory(const QString& databasePath);

    QString folder() const { return m_folder; }
    /// The backups in the folder, newest first; files with other names are ignored.
    QList<BackupEntry> list() const;
    /// Copies `database` into a new backup of `reason` made at `now`, then keeps only the newest kept(reason)
    /// of that reason. storage.backup when the copy cannot be written (nothing else changes).
    Result<BackupEntry> create(Database& database, BackupReason reason, const QDateTime& now) const;
    /// The backup before an import (reason before-import). An error says, in its message, that nothing was
    /// imported: the caller must not run the import.
    Status beforeImport(Database& database, const QDateTime& now) const;
    /// The backup of the day: made when no daily backup was made on now's date (the first open of a day),
    /// else nothing (std::nullopt).
    Result<std::optional<BackupEntry>> ensureDaily(Database& database, const QDateTime& now) const;
    /// THE place where a backup is restored (the window and the CLI both come here): refused unless the
    /// session may administer; checks `source` (DatabaseBackup::check: a bad file is refused and nothing
    /// changes), backs up the current state (reason before-restore), then replaces the database's content
    /// by the backup's. Returns the before-restore backup.
    Result<BackupEntry> restore(const Session& session, Database& database, const QString& source,
                                const QDateTime& now) const;
    /// A copy of `database` at `target`, a file of the person's choosing that must not exist yet (a USB
    /// stick's); it is not one of the folder's backups and is never removed.
    static Status copyTo(Database& database, const QString& target);
    /// Removes the backups of `reason` beyond the newest kept(reason). Returns the paths removed.
    QStringList prune(BackupReason reason) const;

    /// How many backups of a reason are kept: 10 on exit, 14 daily, 10 before an import, 10 before a
    /// restore; 0 means all (manual backups are never removed).
    static int kept(BackupReason reason);
    /// The reason as written in file names: exit, daily, before-import, before-restore, manual.
    static QString code(BackupReason reason);
    static std::optional<BackupReason> reasonFromCode(const QString& code);
    /// The reason in words, translated.
    static QString label(BackupReason reason);
    /// "<baseName>_<yyyyMMdd-HHmmss>_<reason>.sqlite", "…_<reason>-<sequence>.sqlite" from sequence 2.
    static QString fileName(const QString& baseName, const QDateTime& time, BackupReason reason,
                            int sequence = 1);
    /// The entry a backup file's name describes (size from the file), or nothing for another file.
    static std::optional<BackupEntry> parse(const QFileInfo& file);

private:
    /// Appends the restore to the restored database's audit trail.
    static Status auditRestore(const Session& session, Database& database, const QString& source,
                               const QString& previousState);
    /// Writes the copy without pruning (restore prunes only once the restore is done, so the file being
    /// restored is never removed under it).
    Result<BackupEntry> write(Database& database, BackupReason reason, const QDateTime& now) const;

    QString m_folder;
    QString m_baseName;
};

} // namespace chibo
