// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryFile>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

namespace chibo {

namespace {

/// argv or envp for posix_spawn: the strings and the null-terminated pointer list into them.
struct CStrings {
    explicit CStrings(const QStringList& items)
    {
        for (const QString& item : items)
            storage.push_back(item.toLocal8Bit());
        for (QByteArray& item : storage)
            pointers.push_back(item.data());
        pointers.push_back(nullptr);
    }
    std::vector<QByteArray> storage;
    std::vector<char*> pointers;
};

QString readAll(QTemporaryFile& file)
{
    file.seek(0);
    return QString::fromUtf8(file.readAll());
}

} // namespace

ChildProcess::Outcome ChildProcess::run(const QString& program, const QStringList& arguments,
                                        const QStringList& extraEnvironment)
{
    Outcome outcome;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open()) {
        outcome.err = QStringLiteral("cannot create temporary files");
        return outcome;
    }
    const CStrings argv(QStringList{program} + arguments);
    const CStrings envp(QProcessEnvironment::systemEnvironment().toStringList() + extraEnvironment);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, err.handle(), 2);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, argv.pointers[0], &actions, nullptr, argv.pointers.data(), envp.pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        outcome.err = QStringLiteral("cannot start %1").arg(program);
        return outcome;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    outcome.wallMs = double(timer.nsecsElapsed()) / 1e6;
    outcome.peakRssKb = usage.ru_maxrss;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    outcome.out = readAll(out);
    outcome.err = readAll(err);
    return outcome;
}

QString ChildProcess::field(const QString& text, const QString& prefix, const QString& key)
{
    for (const QString& line : text.split(u'\n')) {
        if (!line.startsWith(prefix))
            continue;
        for (const QString& part : line.split(u' ')) {
            if (part.startsWith(key + u'='))
                return part.mid(key.size() + 1);
        }
    }
    return {};
}

} // namespace chibo
