// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crashtest/CrashLedger.h"
#include "crashtest/CrashOptions.h"
#include "crashtest/HarnessScope.h"

#include <QMap>
#include <QString>

#include <random>

namespace chibo {

/// The harness: makes the demo database, then `kills` times starts a child (CrashChild), kills it with
/// SIGKILL after a random delay, reopens the database through Database::openSqlite and checks it: SQLite's
/// integrity_check and foreign_key_check, and the CrashLedger (every acknowledged write is there, the
/// interrupted use case is all or nothing). The next child continues on the same file. Prints one line
/// per problem, with the seed and the iteration, and "N/N consistent"; exit 0 only when all are.
class CrashParent {
public:
    explicit CrashParent(CrashOptions options);
    int run();

private:
    struct ChildRun {
        QList<CrashLine> lines;
        bool killed = false;
        QString failure; ///< the child ended by itself with an error, or never said it was ready
    };
    struct Tally {
        int consistent = 0;
        int acknowledged = 0;
        int rolledBack = 0;           ///< killed inside a use case that left nothing
        int committedUnacked = 0;     ///< killed after the commit, before the acknowledgement
        int between = 0;              ///< killed between use cases
        int beforeFirst = 0;          ///< killed before the child began its first use case
        QMap<QString, int> byUseCase; ///< use cases begun, by name
    };

    bool prepare();
    ChildRun runChild(int iteration, qint64 delayUs, int count, bool broken);
    /// Checks the database after child `iteration`; prints and returns the problems.
    QStringList check(int iteration, const ChildRun& child, Tally& tally);
    /// Runs a child to its end and sets the kill delays from its timing; false when its check failed.
    bool calibrate();
    void summarise(const Tally& tally, qint64 elapsedMs) const;

    CrashOptions m_options;
    QString m_path;
    HarnessScope m_scope;
    CrashLedger m_ledger;
    std::mt19937_64 m_random;
    qint64 m_minDelayUs = 0;
    qint64 m_maxDelayUs = 0;
};

} // namespace chibo
