// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: how P1, P4 and P6 grow from a commune to a province.
#include "bench/Benchmark.h"

namespace chibo {

QString Benchmark::series(const QList<int>& scales, bool& ok)
{
    ok = true;
    QList<ScaleOptions> sizes;
    for (const int scale : scales)
        sizes.append(
            {m_options.commune.cells * scale, m_options.commune.members * scale, 1, m_options.commune.seed});
    sizes.append(m_options.province);
    BenchTable table({QStringLiteral("Cells"), QStringLiteral("Members"), QStringLiteral("Attendance rows"),
                      QStringLiteral("P1 ms"), QStringLiteral("Floor ms"), QStringLiteral("Ratio"),
                      QStringLiteral("P1 µs/member"), QStringLiteral("P1+ ms"),
                      QStringLiteral("P4 median ms"), QStringLiteral("P6 ms"),
                      QStringLiteral("P6 floor ms")});
    const QString year = QString::number(m_options.year);
    for (const ScaleOptions& size : sizes) {
        const auto database = m_data.province(size);
        const auto copy =
            database ? m_data.scratchCopy(*database, QStringLiteral("series.sqlite")) : database;
        if (!copy) {
            ok = false;
            return copy.error().toString() + u'\n';
        }
        const Figure floor = inProcess(QStringLiteral("floor"), *database, {QStringLiteral("--year"), year});
        const Figure p1 = inProcess(QStringLiteral("p1"), *copy, {QStringLiteral("--year"), year});
        const Figure p4 = inProcess(QStringLiteral("p4"), *database);
        const auto csv = membersCsv(*database);
        const auto [imported, importFloor] = csv ? importTimes(*csv, 1) : std::pair<double, double>{-1, -1};
        if (!floor.ok || !p1.ok || !p4.ok || imported < 0) {
            ok = false;
            continue;
        }
        const auto value = [](const Figure& figure, const char* key) {
            return ChildProcess::field(figure.outcome.out, QStringLiteral("result"), QString::fromLatin1(key))
                .toDouble();
        };
        const double scored = value(p1, "load_ms") + value(p1, "classify_ms");
        const double floorMs = value(floor, "floor_ms");
        table.add({QString::number(size.cells), QString::number(size.members),
                   QString::number(qint64(value(floor, "rows"))), QString::number(scored, 'f', 0),
                   QString::number(floorMs, 'f', 0), QString::number(scored / floorMs, 'f', 1),
                   QString::number(1000 * scored / size.members, 'f', 0),
                   QString::number(scored + value(p1, "store_ms"), 'f', 0),
                   QString::number(value(p4, "median_ms"), 'f', 2), QString::number(imported, 'f', 0),
                   QString::number(importFloor, 'f', 0)});
    }
    return table.text();
}

} // namespace chibo
