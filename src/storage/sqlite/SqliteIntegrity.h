// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

class Database;

/// What SQLite says about an open database file after the fact: its own structural check, the foreign
/// keys, and the settings that decide what survives a crash.
struct IntegrityReport {
    QStringList integrityProblems;  ///< rows of PRAGMA integrity_check other than "ok"
    QStringList foreignKeyProblems; ///< PRAGMA foreign_key_check, one "table rowid → parent" per row
    QString journalMode;            ///< PRAGMA journal_mode ("wal")
    int synchronous = -1;           ///< PRAGMA synchronous: 0 off, 1 normal, 2 full, 3 extra
    QString sqliteVersion;          ///< the library's, e.g. "3.40.1"

    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

/// Runs SQLite's consistency checks on a database opened through Database::openSqlite (the crash-safety
/// harness, docs/crash-safety.md). Reads only; the whole file is scanned, so it costs a pass over it.
class SqliteIntegrity {
    Q_DECLARE_TR_FUNCTIONS(SqliteIntegrity)

public:
    static Result<IntegrityReport> check(const Database& db);
};

} // namespace chibo
