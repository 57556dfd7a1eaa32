// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/SqliteBackup.h"

#include "storage/sqlite/SqliteHandles.h"

#include <QFile>
#include <QFileInfo>

namespace chibo {

namespace {

// Another connection may hold the lock for a moment (a write in the window while the CLI copies): wait
// for it as Qt's driver does, up to about five seconds, then give up with "database is locked".
constexpr int BusyRetries = 50;
constexpr int BusyPauseMs = 100;

QString messageOf(sqlite3* db, int code)
{
    const char* text = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return QString::fromUtf8(text ? text : sqlite3_errstr(code));
}

/// Copies every page of `source`'s main database into `destination`'s in one step (one snapshot of the
/// source, one write transaction on the destination, rolled back on failure). SQLITE_OK or the failure.
int copyPages(sqlite3* destination, sqlite3* source)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);
    int step = SQLITE_OK;
    for (int attempt = 0; attempt <= BusyRetries; ++attempt) {
        step = sqlite3_backup_step(backup, -1);
        if (step != SQLITE_BUSY && step != SQLITE_LOCKED)
            break;
        sqlite3_sleep(BusyPauseMs);
    }
    const int finished = sqlite3_backup_finish(backup);
    return step == SQLITE_DONE ? finished : step;
}

int openFile(const QString& path, int flags, SqliteConnectionHandle& handle)
{
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    handle.reset(raw);
    if (opened == SQLITE_OK)
        sqlite3_busy_timeout(raw, BusyRetries * BusyPauseMs);
    return opened;
}

/// The first column of the first row of `sql` as text; false (and the code in `code`) when it fails.
bool firstText(sqlite3* db, const char* sql, QString& text, int& code)
{
    sqlite3_stmt* prepared = nullptr;
    code = sqlite3_prepare_v2(db, sql, -1, &prepared, nullptr);
    const SqliteStatementHandle statement(prepared);
    if (code != SQLITE_OK)
        return false;
    code = sqlite3_step(prepared);
    if (code != SQLITE_ROW)
        return code == SQLITE_DONE;
    text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(prepared, 0)));
    code = SQLITE_OK;
    return true;
}

} // namespace

SqliteBackup::SqliteBackup(sqlite3* connection)
    : m_connection(connection)
{}

Status SqliteBackup::copyTo(const QString& target)
{
    const auto failed = [&target](const QString& reason) {
        return Error{QStringLiteral("storage.backup"),
                     tr("Could not write the backup %1: %2").arg(target, reason), target};
    };
    if (QFileInfo::exists(target))
        return failed(tr("the file already exists"));
    // Written under a temporary name and renamed when complete, so a half-written copy never looks like
    // a backup.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QString reason;
    {
        SqliteConnectionHandle copy;
        int code = openFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, copy);
        if (code == SQLITE_OK)
            code = copyPages(copy.get(), m_connection);
        // The copy carries the source's WAL flag; a backup is one file that opens anywhere.
        if (code == SQLITE_OK)
            code = sqlite3_exec(copy.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            reason = messageOf(copy.get(), code);
    }
    if (reason.isEmpty() && !QFile::rename(partial, target))
        reason = tr("the file could not be renamed from %1").arg(partial);
    if (reason.isEmpty())
        return {};
    QFile::remove(partial);
    return failed(reason);
}

Result<int> SqliteBackup::inspect(const QString& source, int latestVersion)
{
    if (!QFileInfo(source).isFile())
        return Error{QStringLiteral("storage.io"), tr("The backup file %1 does not exist.").arg(source),
                     source};
    const auto refused = [&source](sqlite3* db, int code) {
        if ((code & 0xff) == SQLITE_CORRUPT) {
            return Error{QStringLiteral("storage.corrupt"),
                         tr("The backup file %1 is damaged (%2); nothing was restored.")
                             .arg(source, messageOf(db, code)),
                         source};
        }
        return Error{QStringLiteral("storage.not-a-database"),
                     tr("The file %1 is not a ChiBo backup (%2); nothing was restored.")
                         .arg(source, messageOf(db, code)),
                     source};
    };
    SqliteConnectionHandle file;
    int code = openFile(source, SQLITE_OPEN_READONLY, file);
    if (code != SQLITE_OK)
        return refused(file.get(), code);
    QString verdict;
    if (!firstText(file.get(), "PRAGMA integrity_check", verdict, code))
        return refused(file.get(), code);
    if (verdict != u"ok") {
        return Error{QStringLiteral("storage.corrupt"),
                     tr("The backup file %1 is damaged (%2); nothing was restored.").arg(source, verdict),
                     source};
    }
    // SQLite, whole, but is it ChiBo's? A file without schema_meta or with version 0 holds no ChiBo data.
    QString stored;
    const bool read = firstText(file.get(), "SELECT version FROM schema_meta WHERE id = 1", stored, code);
    bool isNumber = false;
    const int version = stored.toInt(&isNumber);
    if (!read || !isNumber || version < 1) {
        return Error{QStringLiteral("storage.not-chibo"),
                     tr("The file %1 is not a ChiBo backup (%2); nothing was restored.")
                         .arg(source, read ? tr("it holds no ChiBo data") : messageOf(file.get(), code)),
                     source};
    }
    if (version > latestVersion) {
        return Error{
            QStringLiteral("storage.newer-schema"),
            tr("The backup file %1 has schema version %2, but this version of ChiBo reads versions up "
               "to %3 only; nothing was restored.")
                .arg(source, QString::number(version), QString::number(latestVersion)),
            source};
    }
    return version;
}

Status SqliteBackup::copyFrom(const QString& source)
{
    SqliteConnectionHandle file;
    int code = openFile(source, SQLITE_OPEN_READONLY, file);
    if (code == SQLITE_OK)
        code = copyPages(m_connection, file.get());
    if (code == SQLITE_OK)
        return {};
    return Error{QStringLiteral("storage.restore"),
                 tr("Could not restore the backup %1: %2").arg(source, messageOf(m_connection, code)),
                 source};
}

} // namespace chibo
