// SPDX-License-Identifier: GPL-3.0-or-later
// chibo-bench: the performance figures of docs/performance.md, each next to its floor and target.
#include "bench/Benchmark.h"
#include "bench/InProcessFigures.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>

namespace {

using chibo::Benchmark;

struct Parsed {
    Benchmark::Options options;
    QString data;
    QString figure;
    QString database;
    bool series = false;
};

Parsed parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures ChiBo's performance figures P1–P7 on generated provinces and prints each next to its floor "
        "and target (docs/performance.md)."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("cells"), QStringLiteral("Cells of the province (default 5000)."),
         QStringLiteral("N")},
        {QStringLiteral("members"), QStringLiteral("Members of the province (default 100000)."),
         QStringLiteral("M")},
        {QStringLiteral("commune-cells"), QStringLiteral("Cells of the commune (default 90)."),
         QStringLiteral("N")},
        {QStringLiteral("commune-members"), QStringLiteral("Members of the commune (default 2500)."),
         QStringLiteral("M")},
        {QStringLiteral("runs"), QStringLiteral("Runs of P3, P5 and P6 (default 5)."), QStringLiteral("R")},
        {QStringLiteral("iterations"), QStringLiteral("Edits P2 times (default 1000)."), QStringLiteral("I")},
        {QStringLiteral("data"), QStringLiteral("Where generated databases are kept."),
         QStringLiteral("DIR")},
        {QStringLiteral("series"),
         QStringLiteral("Also measure P1, P4 and P6 at 1x, 4x and 16x the commune.")},
        {QStringLiteral("figure"), QStringLiteral("Internal: measure one figure in this process."),
         QStringLiteral("F")},
        {QStringLiteral("db"), QStringLiteral("Internal: the database of --figure."), QStringLiteral("PATH")},
        {QStringLiteral("year"), QStringLiteral("Internal: the year of --figure."), QStringLiteral("YYYY")},
    };
    parser.addOptions(options);
    parser.process(app);
    Parsed parsed;
    Benchmark::Options& o = parsed.options;
    const auto integer = [&](const char* name, int fallback) {
        const QString value = parser.value(QString::fromLatin1(name));
        return value.isEmpty() ? fallback : value.toInt();
    };
    o.province.cells = integer("cells", o.province.cells);
    o.province.members = integer("members", o.province.members);
    o.commune.cells = integer("commune-cells", o.commune.cells);
    o.commune.members = integer("commune-members", o.commune.members);
    o.runs = integer("runs", o.runs);
    o.iterations = integer("iterations", o.iterations);
    o.year = integer("year", o.year);
    o.self = QCoreApplication::applicationFilePath();
    o.cli = QStringLiteral(CHIBO_CLI_PATH);
    o.app = QStringLiteral(CHIBO_APP_PATH);
    parsed.data = parser.value(QStringLiteral("data"));
    if (parsed.data.isEmpty())
        parsed.data = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                      QStringLiteral("/chibo-bench");
    parsed.figure = parser.value(QStringLiteral("figure"));
    parsed.database = parser.value(QStringLiteral("db"));
    parsed.series = parser.isSet(QStringLiteral("series"));
    return parsed;
}

int measureOne(const Parsed& parsed)
{
    using chibo::InProcessFigures;
    const Benchmark::Options& o = parsed.options;
    if (parsed.figure == u"p1")
        return InProcessFigures::classifyProvince(parsed.database, o.year, o.asOf);
    if (parsed.figure == u"p2")
        return InProcessFigures::rescoreCell(parsed.database, o.year, o.asOf, o.iterations);
    if (parsed.figure == u"p4")
        return InProcessFigures::searchMembers(parsed.database, o.asOf);
    if (parsed.figure == u"floor")
        return InProcessFigures::attendanceFloor(parsed.database, o.year);
    std::fprintf(stderr, "unknown figure %s\n", qPrintable(parsed.figure));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    // The models of P4 need a GUI application; measuring never needs a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationName(QStringLiteral("ChiBo"));
    const Parsed parsed = parse(app);
    if (!parsed.figure.isEmpty())
        return measureOne(parsed);
    Benchmark benchmark(parsed.options, chibo::BenchData(parsed.data));
    bool ok = true;
    std::printf("%s", qPrintable(benchmark.run(ok)));
    std::fflush(stdout);
    if (parsed.series) {
        bool seriesOk = true;
        std::printf(
            "\nHow the costs grow (P1, P4 and P6 at 1x, 4x and 16x the commune, and the province):\n%s",
            qPrintable(benchmark.series({1, 4, 16}, seriesOk)));
        ok = ok && seriesOk;
    }
    return ok ? 0 : 1;
}
