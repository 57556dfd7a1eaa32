// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/Benchmark.h"

#include "bench/SampleStats.h"

#include <QFile>

#include <cstdio>

namespace chibo {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral(" ms");
}

QString ratio(double value, double floor)
{
    return floor > 0 ? QString::number(value / floor, 'f', 2) + u'x' : QString();
}

QString verdict(bool met)
{
    return met ? QStringLiteral("yes") : QStringLiteral("NO");
}

double number(const ChildProcess::Outcome& outcome, const QString& key)
{
    return ChildProcess::field(outcome.out, QStringLiteral("result"), key).toDouble();
}

void report(const char* what, const ChildProcess::Outcome& outcome)
{
    std::fprintf(stderr, "%s failed (exit %d): %s\n", what, outcome.exitCode,
                 qPrintable(outcome.err.trimmed()));
}

} // namespace

Benchmark::Benchmark(Options options, BenchData data)
    : m_options(std::move(options))
    , m_data(std::move(data))
{}

Benchmark::Figure Benchmark::inProcess(const QString& figure, const QString& database,
                                       const QStringList& extra) const
{
    Figure result;
    result.outcome = ChildProcess::run(
        m_options.self,
        QStringList{QStringLiteral("--figure"), figure, QStringLiteral("--db"), database} + extra);
    result.ok = result.outcome.ok();
    if (!result.ok)
        report(qPrintable(figure), result.outcome);
    return result;
}

QString Benchmark::run(bool& ok)
{
    ok = true;
    const auto province = m_data.province(m_options.province);
    const auto commune = m_data.province(m_options.commune);
    if (!province || !commune) {
        ok = false;
        return (province ? commune.error() : province.error()).toString() + u'\n';
    }
    BenchTable table({QStringLiteral("Figure"), QStringLiteral("What"), QStringLiteral("Measured"),
                      QStringLiteral("Floor"), QStringLiteral("Ratio"), QStringLiteral("Target"),
                      QStringLiteral("Met")});
    classify(*province, table, ok);
    rescore(*province, table, ok);
    coldStart(*province, table, ok);
    search(*province, table, ok);
    yearEndPdf(*commune, table, ok);
    importMembers(*province, table, ok);
    const double limitKb = 250.0 * 1024;
    table.add({QStringLiteral("P7"),
               QStringLiteral("peak RSS of P1"),
               QString::number(double(m_classifyRssKb) / 1024, 'f', 0) + QStringLiteral(" MB"),
               {},
               {},
               QStringLiteral("≤ 250 MB"),
               verdict(double(m_classifyRssKb) <= limitKb)});
    table.add({QStringLiteral("P7"),
               QStringLiteral("peak RSS of the GUI on the province"),
               QString::number(double(m_guiRssKb) / 1024, 'f', 0) + QStringLiteral(" MB"),
               {},
               {},
               QStringLiteral("≤ 250 MB"),
               verdict(double(m_guiRssKb) <= limitKb)});
    return QStringLiteral("Province: %1 cells, %2 members (%3). Commune: %4 cells, %5 members.\n\n")
               .arg(m_options.province.cells)
               .arg(m_options.province.members)
               .arg(*province)
               .arg(m_options.commune.cells)
               .arg(m_options.commune.members) +
           table.text();
}

void Benchmark::classify(const QString& province, BenchTable& table, bool& ok)
{
    const auto copy = m_data.scratchCopy(province, QStringLiteral("p1.sqlite"));
    const Figure floor = inProcess(QStringLiteral("floor"), province,
                                   {QStringLiteral("--year"), QString::number(m_options.year)});
    const Figure p1 = copy ? inProcess(QStringLiteral("p1"), *copy,
                                       {QStringLiteral("--year"), QString::number(m_options.year)})
                           : Figure{};
    if (!floor.ok || !p1.ok) {
        ok = false;
        return;
    }
    const double floorMs = number(floor.outcome, QStringLiteral("floor_ms"));
    const double scored =
        number(p1.outcome, QStringLiteral("load_ms")) + number(p1.outcome, QStringLiteral("classify_ms"));
    const double stored = number(p1.outcome, QStringLiteral("store_ms"));
    m_classifyRssKb = p1.outcome.peakRssKb;
    table.add(
        {QStringLiteral("P1"),
         QStringLiteral("read and classify %1 members (load %2 + classify %3)")
             .arg(ChildProcess::field(p1.outcome.out, QStringLiteral("result"), QStringLiteral("members")),
                  ms(number(p1.outcome, QStringLiteral("load_ms"))),
                  ms(number(p1.outcome, QStringLiteral("classify_ms")))),
         ms(scored), ms(floorMs), ratio(scored, floorMs), QStringLiteral("≤ 2x"),
         verdict(scored <= 2 * floorMs)});
    table.add(
        {QStringLiteral("P1+"),
         QStringLiteral("… and store the %1 proposals (store %2)")
             .arg(ChildProcess::field(p1.outcome.out, QStringLiteral("result"), QStringLiteral("cards")),
                  ms(stored)),
         ms(scored + stored),
         ms(floorMs),
         ratio(scored + stored, floorMs),
         {},
         {}});
}

void Benchmark::rescore(const QString& province, BenchTable& table, bool& ok)
{
    const auto copy = m_data.scratchCopy(province, QStringLiteral("p2.sqlite"));
    const Figure p2 = copy
                          ? inProcess(QStringLiteral("p2"), *copy,
                                      {QStringLiteral("--year"), QString::number(m_options.year),
                                       QStringLiteral("--iterations"), QString::number(m_options.iterations)})
                          : Figure{};
    if (!p2.ok) {
        ok = false;
        return;
    }
    const double rescoreMs = number(p2.outcome, QStringLiteral("rescore_ms"));
    const double saveMs = number(p2.outcome, QStringLiteral("save_ms"));
    table.add(
        {QStringLiteral("P2"),
         QStringLiteral("rescore a %1-member cell after one attendance change (median of %2)")
             .arg(ChildProcess::field(p2.outcome.out, QStringLiteral("result"), QStringLiteral("members")))
             .arg(m_options.iterations),
         ms(rescoreMs),
         {},
         {},
         QStringLiteral("≤ 1 ms"),
         verdict(rescoreMs <= 1.0)});
    table.add({QStringLiteral("P2+"),
               QStringLiteral("… saving the change first (save %1)").arg(ms(saveMs)),
               ms(saveMs + rescoreMs),
               {},
               {},
               {},
               {}});
}

void Benchmark::coldStart(const QString& province, BenchTable& table, bool& ok)
{
    const auto copy = m_data.scratchCopy(province, QStringLiteral("p3.sqlite"));
    QList<double> painted;
    QList<double> walls;
    for (int run = 0; copy && run < m_options.runs; ++run) {
        const ChildProcess::Outcome started = ChildProcess::run(
            m_options.app, {QStringLiteral("--db"), *copy, QStringLiteral("--report-startup")},
            m_data.environment());
        const QString first = started.out.section(QStringLiteral("first-paint-ms "), 1).trimmed();
        if (!started.ok() || first.isEmpty()) {
            report("P3", started);
            ok = false;
            return;
        }
        painted.append(first.toDouble());
        walls.append(started.wallMs);
        m_guiRssKb = std::max(m_guiRssKb, started.peakRssKb);
    }
    const double median = SampleStats(painted).median();
    table.add({QStringLiteral("P3"),
               QStringLiteral("start the GUI to its first painted window (median of %1; process %2)")
                   .arg(m_options.runs)
                   .arg(ms(SampleStats(walls).median())),
               ms(median),
               {},
               {},
               QStringLiteral("≤ 600 ms"),
               verdict(median <= 600)});
}

void Benchmark::search(const QString& province, BenchTable& table, bool& ok)
{
    const Figure p4 = inProcess(QStringLiteral("p4"), province);
    if (!p4.ok) {
        ok = false;
        return;
    }
    const double median = number(p4.outcome, QStringLiteral("median_ms"));
    const double p95 = number(p4.outcome, QStringLiteral("p95_ms"));
    table.add(
        {QStringLiteral("P4"),
         QStringLiteral("search %1 members per keystroke, median (%2 keystrokes)")
             .arg(
                 ChildProcess::field(p4.outcome.out, QStringLiteral("result"), QStringLiteral("members")),
                 ChildProcess::field(p4.outcome.out, QStringLiteral("result"), QStringLiteral("keystrokes"))),
         ms(median),
         {},
         {},
         QStringLiteral("≤ 20 ms"),
         verdict(median <= 20)});
    table.add({QStringLiteral("P4"),
               QStringLiteral("… 95th percentile"),
               ms(p95),
               {},
               {},
               QStringLiteral("≤ 20 ms"),
               verdict(p95 <= 20)});
}

void Benchmark::yearEndPdf(const QString& commune, BenchTable& table, bool& ok)
{
    QList<double> walls;
    const QString pdf = m_data.scratchPath(QStringLiteral("year-end.pdf"));
    for (int run = 0; run < m_options.runs; ++run) {
        const ChildProcess::Outcome made = ChildProcess::run(
            m_options.cli,
            {QStringLiteral("--db"), commune, QStringLiteral("report"), QStringLiteral("year"),
             QStringLiteral("--org"), QStringLiteral("Đảng bộ xã"), QStringLiteral("--year"),
             QString::number(m_options.year), QStringLiteral("--pdf"), pdf},
            m_data.environment());
        if (!made.ok() || !QFile::exists(pdf)) {
            report("P5", made);
            ok = false;
            return;
        }
        walls.append(made.wallMs);
    }
    const double median = SampleStats(walls).median();
    table.add({QStringLiteral("P5"),
               QStringLiteral("year-end PDF of a commune of %1 members, whole chibo-cli run (median of %2)")
                   .arg(m_options.commune.members)
                   .arg(m_options.runs),
               ms(median),
               {},
               {},
               QStringLiteral("≤ 1500 ms"),
               verdict(median <= 1500)});
}

} // namespace chibo
