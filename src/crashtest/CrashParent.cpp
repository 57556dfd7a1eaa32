// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/CrashParent.h"

#include "crashtest/StateReader.h"
#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/Workspace.h"
#include "storage/sqlite/SqliteIntegrity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <thread>

namespace chibo {

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QList<CrashLine> parseLines(const QByteArray& output)
{
    QList<CrashLine> lines;
    const QList<QByteArray> pieces = output.split('\n');
    // The last piece follows the last newline: empty, or a line the kill tore (never written whole).
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        if (auto line = CrashLine::parse(QString::fromUtf8(pieces[i])))
            lines.append(*line);
    }
    return lines;
}

QString synchronousName(int level)
{
    static const QStringList names{QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"),
                                   QStringLiteral("EXTRA")};
    return QStringLiteral("%1 (%2)").arg(level).arg(names.value(level, QStringLiteral("?")));
}

} // namespace

CrashParent::CrashParent(CrashOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed)
{}

bool CrashParent::prepare()
{
    QDir().mkpath(m_options.directory);
    m_path = QDir(m_options.directory).filePath(QStringLiteral("crashtest.chibo"));
    const auto made = DemoDatabase::create(m_path, CrashOptions::day(), DemoDatabase::DefaultSeed, true);
    const auto criteria = CriteriaLibrary::load();
    if (!made || !criteria) {
        print(u"cannot prepare: " + (made ? criteria.error().toString() : made.error().toString()));
        return false;
    }
    auto workspace = Workspace::open(m_path);
    auto scope = workspace ? HarnessScope::choose(**workspace, criteria->set, CrashOptions::day())
                           : Result<HarnessScope>(workspace.error());
    const auto report = workspace ? SqliteIntegrity::check((*workspace)->database())
                                  : Result<IntegrityReport>(workspace.error());
    if (!scope || !report) {
        print(u"cannot prepare: " + (scope ? report.error().toString() : scope.error().toString()));
        return false;
    }
    m_scope = std::move(scope).value();
    print(QStringLiteral("chibo-crashtest: seed %1, %2 kills, database %3 (demo commune as of %4)")
              .arg(m_options.seed)
              .arg(m_options.kills)
              .arg(m_path, CrashOptions::day().toString(QStringLiteral("dd/MM/yyyy"))));
    print(QStringLiteral("SQLite %1: journal_mode=%2, synchronous=%3, foreign_keys=on")
              .arg(report->sqliteVersion, report->journalMode, synchronousName(report->synchronous)));
    return true;
}

CrashParent::ChildRun CrashParent::runChild(int iteration, qint64 delayUs, int count, bool broken)
{
    QStringList arguments{
        QStringLiteral("--child"),  QStringLiteral("--db"),          m_path,
        QStringLiteral("--seed"),   QString::number(m_options.seed), QStringLiteral("--iteration"),
        QString::number(iteration), QStringLiteral("--count"),       QString::number(count)};
    if (broken)
        arguments.append(QStringLiteral("--ack-before-commit"));
    QProcess process;
    process.start(m_options.self, arguments);
    ChildRun run;
    QByteArray output;
    while (!output.contains("ready\n") && process.waitForReadyRead(60000))
        output += process.readAllStandardOutput();
    if (!output.contains("ready\n")) {
        process.kill();
        process.waitForFinished();
        run.failure = QStringLiteral("the child never became ready: ") +
                      QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    if (count == 0) {
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        process.kill(); // SIGKILL on Unix
    }
    process.waitForFinished(-1);
    output += process.readAllStandardOutput();
    run.lines = parseLines(output);
    run.killed = process.exitStatus() == QProcess::CrashExit;
    if (!run.killed && (count == 0 || process.exitCode() != 0))
        run.failure = QStringLiteral("the child ended by itself (exit code %1): %2")
                          .arg(process.exitCode())
                          .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return run;
}

QStringList CrashParent::check(int iteration, const ChildRun& child, Tally& tally)
{
    QStringList problems;
    if (!child.failure.isEmpty())
        problems.append(child.failure);
    bool begun = false;
    for (const CrashLine& line : child.lines) {
        if (line.kind == CrashLine::Kind::Begin) {
            ++tally.byUseCase[line.useCase];
            begun = true;
        }
    }
    m_ledger.record(child.lines);
    auto workspace = Workspace::open(m_path);
    if (!workspace) {
        problems.append(u"the database does not open: " + workspace.error().toString());
    } else {
        const auto report = SqliteIntegrity::check((*workspace)->database());
        if (!report)
            problems.append(u"the checks do not run: " + report.error().toString());
        else {
            for (const QString& row : report->integrityProblems)
                problems.append(u"integrity_check: " + row);
            for (const QString& row : report->foreignKeyProblems)
                problems.append(u"foreign_key_check: " + row);
        }
        StateReader state(**workspace, m_scope);
        const CrashLedger::Outcome outcome =
            m_ledger.verify([&state](const QString& key) { return state.read(key); });
        problems += outcome.problems;
        tally.acknowledged += outcome.acknowledged;
        switch (outcome.interrupted) {
        case CrashLedger::Interrupted::Nothing:
            if (child.killed && !begun)
                ++tally.beforeFirst;
            else if (child.killed)
                ++tally.between;
            break;
        case CrashLedger::Interrupted::RolledBack: ++tally.rolledBack; break;
        case CrashLedger::Interrupted::Committed: ++tally.committedUnacked; break;
        }
    }
    problems.sort();
    for (const QString& problem : problems)
        print(QStringLiteral("inconsistent: seed %1 iteration %2: %3")
                  .arg(m_options.seed)
                  .arg(iteration)
                  .arg(problem));
    if (problems.isEmpty())
        ++tally.consistent;
    return problems;
}

bool CrashParent::calibrate()
{
    // A child that runs 40 use cases to their end: its acknowledgements time them, and the check after it
    // proves the harness's predictions before anything is killed.
    const ChildRun child = runChild(0, 0, 40, false);
    Tally ignored;
    if (!check(0, child, ignored).isEmpty())
        return false;
    QList<const CrashLine*> acks;
    qint64 inUseCases = 0;
    for (const CrashLine& line : child.lines) {
        if (line.kind == CrashLine::Kind::Ack) {
            acks.append(&line);
            inUseCases += line.microseconds;
        }
    }
    if (acks.isEmpty())
        return false;
    // From "ready" to the first use case's begin (the first reads), then one use case after another.
    const qint64 firstBegin = acks.constFirst()->sinceReady - acks.constFirst()->microseconds;
    const qint64 cycle = (acks.constLast()->sinceReady - firstBegin) / acks.size();
    m_minDelayUs = firstBegin;
    m_maxDelayUs = firstBegin + 3 * cycle;
    print(
        QStringLiteral("calibration: %1 use cases; the first begins %2 ms after ready, then one every %3 ms, "
                       "%4 ms of which from begin to commit")
            .arg(acks.size())
            .arg(double(firstBegin) / 1000.0, 0, 'f', 1)
            .arg(double(cycle) / 1000.0, 0, 'f', 1)
            .arg(double(inUseCases) / 1000.0 / double(acks.size()), 0, 'f', 1));
    return true;
}

void CrashParent::summarise(const Tally& tally, qint64 elapsedMs) const
{
    QStringList begun;
    for (auto it = tally.byUseCase.cbegin(); it != tally.byUseCase.cend(); ++it)
        begun.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    print(u"use cases begun: " + begun.join(QStringLiteral(", ")));
    print(QStringLiteral("use cases acknowledged: %1; keys watched: %2")
              .arg(tally.acknowledged)
              .arg(m_ledger.keyCount()));
    print(QStringLiteral(
              "kills inside a use case: %1 (rolled back: %2, committed but not yet acknowledged: %3); "
              "between use cases: %4; before the first: %5")
              .arg(tally.rolledBack + tally.committedUnacked)
              .arg(tally.rolledBack)
              .arg(tally.committedUnacked)
              .arg(tally.between)
              .arg(tally.beforeFirst));
    print(QStringLiteral("time: %1 s; database: %2 KiB")
              .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
              .arg(QFileInfo(m_path).size() / 1024));
    print(QStringLiteral("%1/%2 consistent").arg(tally.consistent).arg(m_options.kills));
}

int CrashParent::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!prepare())
        return 2;
    if (m_options.maxDelayUs > 0)
        m_maxDelayUs = m_options.maxDelayUs;
    else if (!calibrate())
        return 2;
    print(QStringLiteral("kill delay: uniform in [%1, %2] ms after the child is ready%3")
              .arg(double(m_minDelayUs) / 1000.0, 0, 'f', 1)
              .arg(double(m_maxDelayUs) / 1000.0, 0, 'f', 1)
              .arg(m_options.ackBeforeCommit
                       ? QStringLiteral("; BROKEN children acknowledge before committing")
                       : QString()));
    Tally tally;
    std::uniform_int_distribution<qint64> delays(m_minDelayUs, m_maxDelayUs);
    for (int iteration = 1; iteration <= m_options.kills; ++iteration) {
        const ChildRun child = runChild(iteration, delays(m_random), 0, m_options.ackBeforeCommit);
        check(iteration, child, tally);
        if (iteration % 100 == 0)
            std::fprintf(stderr, "%d kills, %d consistent\n", iteration, tally.consistent);
    }
    summarise(tally, timer.elapsed());
    return tally.consistent == m_options.kills ? 0 : 1;
}

} // namespace chibo
