// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: P6, importing a province's members from CSV, against sqlite3's own .import of the file
// (skipping the title line ChiBo's export writes above the header).
#include "bench/Benchmark.h"
#include "bench/SampleStats.h"

#include <QFile>

#include <cstdio>

namespace chibo {

Result<QString> Benchmark::membersCsv(const QString& province) const
{
    const QString csv = province.chopped(QStringLiteral(".sqlite").size()) + QStringLiteral("-members.csv");
    if (QFile::exists(csv))
        return csv;
    const ChildProcess::Outcome exported =
        ChildProcess::run(m_options.cli,
                          {QStringLiteral("--db"), province, QStringLiteral("export"),
                           QStringLiteral("--org"), QStringLiteral("Đảng bộ tỉnh"), QStringLiteral("--csv"),
                           csv, QStringLiteral("--table"), QStringLiteral("members")},
                          m_data.environment());
    if (!exported.ok())
        return Error{QStringLiteral("bench.export"), exported.err.trimmed(), csv};
    return csv;
}

std::pair<double, double> Benchmark::importTimes(const QString& csv, int runs) const
{
    // Another seed: the target's three members share no citizen id or party card with the file.
    const ScaleOptions empty{1, 3, 1, m_options.province.seed + 1};
    const auto target = m_data.province(empty);
    if (!target)
        return {-1, -1};
    QList<double> imports;
    QList<double> floors;
    for (int run = 0; run < runs; ++run) {
        const auto copy = m_data.scratchCopy(*target, QStringLiteral("p6.sqlite"));
        const QString floorDb = m_data.scratchPath(QStringLiteral("p6-floor.sqlite"));
        QFile::remove(floorDb);
        if (!copy)
            return {-1, -1};
        const ChildProcess::Outcome imported = ChildProcess::run(
            m_options.cli,
            {QStringLiteral("--db"), *copy, QStringLiteral("import-members"), QStringLiteral("--org"),
             QStringLiteral("Chi bộ"), QStringLiteral("--date"), QStringLiteral("2026-01-15"), csv},
            m_data.environment());
        const ChildProcess::Outcome floor =
            ChildProcess::run(QStringLiteral("/usr/bin/sqlite3"),
                              {floorDb, QStringLiteral(".import --csv --skip 1 %1 members").arg(csv)});
        if (!imported.ok() || !floor.ok()) {
            std::fprintf(stderr, "P6 failed: %s %s\n", qPrintable(imported.err.trimmed().left(2000)),
                         qPrintable(floor.err.trimmed()));
            return {-1, -1};
        }
        imports.append(imported.wallMs);
        floors.append(floor.wallMs);
    }
    return {SampleStats(imports).median(), SampleStats(floors).median()};
}

void Benchmark::importMembers(const QString& province, BenchTable& table, bool& ok)
{
    const auto csv = membersCsv(province);
    const auto [imported, floor] =
        csv ? importTimes(*csv, m_options.runs) : std::pair<double, double>{-1, -1};
    if (imported < 0) {
        ok = false;
        return;
    }
    table.add({QStringLiteral("P6"),
               QStringLiteral("import %1 members from CSV, whole chibo-cli run (median of %2)")
                   .arg(m_options.province.members)
                   .arg(m_options.runs),
               QString::number(imported, 'f', 0) + QStringLiteral(" ms"),
               QString::number(floor, 'f', 0) + QStringLiteral(" ms"),
               QString::number(imported / floor, 'f', 2) + u'x', QStringLiteral("≤ 1.5x"),
               imported <= 1.5 * floor ? QStringLiteral("yes") : QStringLiteral("NO")});
}

} // namespace chibo
