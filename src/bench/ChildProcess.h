// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chibo {

/// Runs a program to its end in a process of its own and reports what a benchmark needs of it: the
/// exit code, the wall time, the peak resident set size (from wait4's rusage, so the figure is that
/// process's own) and what it printed on standard output.
class ChildProcess {
public:
    struct Outcome {
        int exitCode = -1;
        double wallMs = 0;
        qint64 peakRssKb = 0;
        QString out;
        QString err;
        bool ok() const { return exitCode == 0; }
    };

    /// Runs `program` with `arguments`; `extraEnvironment` entries ("NAME=value") are added to this
    /// process's environment.
    static Outcome run(const QString& program, const QStringList& arguments,
                       const QStringList& extraEnvironment = {});
    /// The value after "key=" in the first line of `text` that starts with `prefix`; empty when absent.
    static QString field(const QString& text, const QString& prefix, const QString& key);
};

} // namespace chibo
