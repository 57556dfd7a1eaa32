// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/CrashChild.h"

#include "crashtest/CrashProtocol.h"
#include "crashtest/RecordUseCases.h"
#include "crashtest/StateReader.h"
#include "crashtest/YearEndUseCases.h"
#include "services/CriteriaLibrary.h"
#include "services/Workspace.h"

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace chibo {

namespace {

/// One line in one write(2): a pipe write of less than PIPE_BUF bytes is atomic, so the parent reads a
/// line whole or not at all, whenever the kill comes.
void emitLine(const CrashLine& line)
{
    const QByteArray bytes = line.format().toUtf8() + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

int fail(const QString& what)
{
    std::fprintf(stderr, "chibo-crashtest child: %s\n", qPrintable(what));
    return 3;
}

/// Reads every key back after the commit: the acknowledgement's content.
Result<QList<KeyChange>> readBack(const Workspace& workspace, const HarnessScope& scope,
                                  const PlannedUseCase& planned)
{
    StateReader state(workspace, scope);
    QList<KeyChange> keys;
    for (const KeyChange& key : planned.keys) {
        const QString now = state.read(key.key);
        if (now != key.after)
            return Error{QStringLiteral("crashtest.prediction"),
                         QStringLiteral("%1 wrote %2 = %3, not the predicted %4")
                             .arg(planned.name, key.key, now, key.after),
                         {}};
        keys.append({key.key, key.before, now});
    }
    if (planned.keysAfterCommit)
        keys += planned.keysAfterCommit(state);
    return keys;
}

} // namespace

int CrashChild::run(const CrashOptions& options)
{
    auto opened = Workspace::open(options.database);
    const auto criteria = CriteriaLibrary::load();
    if (!opened || !criteria)
        return fail(opened ? criteria.error().toString() : opened.error().toString());
    Workspace& workspace = **opened;
    const auto scope = HarnessScope::choose(workspace, criteria->set, CrashOptions::day());
    if (!scope)
        return fail(scope.error().toString());
    std::mt19937_64 random(CrashOptions::childSeed(options.seed, options.iteration));
    const Session session{QString::fromUtf8("Nguyễn Văn Hùng"), Role::Admin, {}};
    RecordUseCases records(workspace, session, *scope, random, options.iteration);
    YearEndUseCases yearEnd(workspace, session, criteria->set, *scope, random);
    emitLine(CrashLine{});
    QElapsedTimer sinceReady;
    sinceReady.start();
    for (int seq = 1; options.count == 0 || seq <= options.count; ++seq) {
        StateReader state(workspace, *scope);
        const QStringList recordNames = records.available(state);
        const QStringList names = recordNames + yearEnd.available(state);
        const QString name =
            names.at(int(std::uniform_int_distribution<qsizetype>(0, names.size() - 1)(random)));
        auto planned = recordNames.contains(name) ? records.plan(name, state) : yearEnd.plan(name, state);
        if (!planned)
            return fail(name + u": " + planned.error().toString());
        CrashLine begin{CrashLine::Kind::Begin, seq, planned->name, 0, 0, planned->keys};
        QElapsedTimer timer;
        timer.start();
        emitLine(begin);
        if (options.ackBeforeCommit)
            emitLine(CrashLine{CrashLine::Kind::Ack, seq, {}, 0, 0, planned->keys});
        if (const Status done = planned->run(); !done)
            return fail(planned->name + u" refused: " + done.error().toString());
        const qint64 microseconds = timer.nsecsElapsed() / 1000;
        const auto keys = readBack(workspace, *scope, *planned);
        if (!keys)
            return fail(keys.error().message);
        if (!options.ackBeforeCommit)
            emitLine(CrashLine{
                CrashLine::Kind::Ack, seq, {}, microseconds, sinceReady.nsecsElapsed() / 1000, *keys});
    }
    return 0;
}

} // namespace chibo
