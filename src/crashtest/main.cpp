// SPDX-License-Identifier: GPL-3.0-or-later
// chibo-crashtest: kills ChiBo's write use cases with SIGKILL at random points and checks the database after
// each kill (docs/crash-safety.md).
#include "crashtest/CrashChild.h"
#include "crashtest/CrashParent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

using chibo::CrashOptions;

CrashOptions parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kills ChiBo's write-heavy use cases with SIGKILL at random points, and after each kill checks that "
        "SQLite's integrity_check is ok, the foreign keys hold and every acknowledged write is present "
        "(docs/crash-safety.md). Prints one line per problem and \"N/N consistent\"."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("kills"), QStringLiteral("Children to kill (default 1000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of every random choice (default 20261207)."),
         QStringLiteral("S")},
        {QStringLiteral("dir"),
         QStringLiteral("Where the database is made (default: a folder in the temporary "
                        "directory); an earlier one there is replaced."),
         QStringLiteral("DIR")},
        {QStringLiteral("max-delay-us"),
         QStringLiteral("Kill delays are uniform in [0, this] microseconds (default: three times the mean "
                        "use case, measured first)."),
         QStringLiteral("US")},
        {QStringLiteral("ack-before-commit"),
         QStringLiteral("Broken children that acknowledge each write before committing it: the harness must "
                        "report them.")},
        {QStringLiteral("child"), QStringLiteral("Internal: run as the child that is killed.")},
        {QStringLiteral("db"), QStringLiteral("Internal: the child's database."), QStringLiteral("PATH")},
        {QStringLiteral("iteration"), QStringLiteral("Internal: the child's number."), QStringLiteral("I")},
        {QStringLiteral("count"), QStringLiteral("Internal: use cases the child runs (0: until killed)."),
         QStringLiteral("N")},
    };
    parser.addOptions(options);
    parser.process(app);
    CrashOptions o;
    const auto number = [&](const char* name, qint64 fallback) {
        const QString value = parser.value(QString::fromLatin1(name));
        return value.isEmpty() ? fallback : value.toLongLong();
    };
    o.kills = int(number("kills", o.kills));
    o.seed = quint64(number("seed", qint64(o.seed)));
    o.maxDelayUs = number("max-delay-us", 0);
    o.ackBeforeCommit = parser.isSet(QStringLiteral("ack-before-commit"));
    o.directory = parser.value(QStringLiteral("dir"));
    if (o.directory.isEmpty())
        o.directory = QDir::temp().filePath(QStringLiteral("chibo-crashtest"));
    o.database = parser.value(QStringLiteral("db"));
    o.iteration = int(number("iteration", 0));
    o.count = int(number("count", 0));
    o.self = QCoreApplication::applicationFilePath();
    if (parser.isSet(QStringLiteral("child")) && o.database.isEmpty())
        parser.showHelp(2);
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChiBo"));
    QCoreApplication::setApplicationName(QStringLiteral("chibo-crashtest"));
    const CrashOptions options = parse(app);
    if (!options.database.isEmpty())
        return chibo::CrashChild::run(options);
    return chibo::CrashParent(options).run();
}
