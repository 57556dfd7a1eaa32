// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace chibo {

/// The command line of chibo-crashtest (docs/crash-safety.md), for the parent and for its children.
struct CrashOptions {
    QString directory;            ///< parent: where the database is made (and replaced)
    quint64 seed = 20261207;      ///< parent: every random choice derives from it
    int kills = 1000;             ///< parent: children killed, each followed by a check
    qint64 maxDelayUs = 0;        ///< parent: kill delays are uniform in [0, max]; 0: 3 × the mean use case
    bool ackBeforeCommit = false; ///< a deliberately broken child that acknowledges before its commit
    QString database;             ///< child: the database it writes
    int iteration = 0;            ///< child: which child it is (its seed and the citizen IDs it makes)
    int count = 0;                ///< child: use cases to run, then exit; 0: until killed
    QString self;                 ///< the executable, to start children

    /// The day the use cases are done on: the demo is made as of it, and its year's records are edited.
    static QDate day() { return QDate(2026, 11, 30); }
    /// The child's seed: the parent's seed and the iteration, so that one failure can be rerun.
    static quint64 childSeed(quint64 seed, int iteration) { return seed * 1000003ULL + quint64(iteration); }
};

} // namespace chibo
