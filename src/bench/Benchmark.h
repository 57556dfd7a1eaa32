// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/BenchData.h"
#include "bench/BenchTable.h"
#include "bench/ChildProcess.h"
#include "demo/ScaleOptions.h"

#include <QDate>
#include <QString>

namespace chibo {

/// The benchmark of docs/performance.md: every figure P1–P7 measured on the same databases, each next to
/// its floor and target, printed as one table. Figures that need a process of their own run this program
/// again with --figure (or chibo, chibo-cli, sqlite3), so each peak memory is that process's own.
class Benchmark {
public:
    struct Options {
        ScaleOptions province{5000, 100000, 1, 20250101};
        ScaleOptions commune{90, 2500, 1, 20250101};
        int year = 2025;
        QDate asOf{2026, 1, 31};
        int runs = 5;          ///< repetitions of the whole-process figures (P3, P5, P6)
        int iterations = 1000; ///< P2's edits
        QString self;          ///< this program
        QString cli;           ///< chibo-cli
        QString app;           ///< chibo
    };

    Benchmark(Options options, BenchData data);

    /// Runs every figure and returns the table; false in `ok` when a figure could not be measured.
    QString run(bool& ok);
    /// P1, P4 and P6 at each of `scales` (multiples of the commune) and at the province size, to show
    /// how each cost grows.
    QString series(const QList<int>& scales, bool& ok);

private:
    struct Figure {
        bool ok = false;
        ChildProcess::Outcome outcome;
    };

    Figure inProcess(const QString& figure, const QString& database, const QStringList& extra = {}) const;
    void classify(const QString& province, BenchTable& table, bool& ok);
    void rescore(const QString& province, BenchTable& table, bool& ok);
    void coldStart(const QString& province, BenchTable& table, bool& ok);
    void search(const QString& province, BenchTable& table, bool& ok);
    void yearEndPdf(const QString& commune, BenchTable& table, bool& ok);
    void importMembers(const QString& province, BenchTable& table, bool& ok);
    /// The median wall time of `runs` runs of chibo-cli importing `csv` into a one-cell database, and of
    /// sqlite3 .import of the same file; negative when a run failed.
    std::pair<double, double> importTimes(const QString& csv, int runs) const;
    Result<QString> membersCsv(const QString& province) const;

    Options m_options;
    BenchData m_data;
    qint64 m_classifyRssKb = 0;
    qint64 m_guiRssKb = 0;
};

} // namespace chibo
