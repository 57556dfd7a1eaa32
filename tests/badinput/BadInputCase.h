// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseFingerprint.h"
#include "PrivateMounts.h"
#include "cli/CliRunner.h"
#include "support/TestData.h"

#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace chibo::test {

/// One test's workplace: the real chibo-cli in a private home, the files a case writes there, the mounts
/// and the second process it needs. Members are destroyed in reverse: the lock holder stops, then the
/// mounts go, then the home.
class BadInputBench {
public:
    BadInputBench() = default;
    ~BadInputBench();
    BadInputBench(const BadInputBench&) = delete;
    BadInputBench& operator=(const BadInputBench&) = delete;

    const CliRunner& cli() const { return m_cli; }
    /// The demo database (as of 22/11/2026), created once per bench.
    QString demo();
    /// Writes `bytes` to `name` in the home and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;
    /// A file of tests/data (read in place: nothing writes it).
    static QString data(const QString& relative);
    /// A directory `name` in the home, created when missing.
    QString directory(const QString& name) const;
    void keep(PrivateMount mount) { m_mounts.push_back(std::move(mount)); }
    /// Starts badinput-lock-holder on `database` and waits until it holds the write lock.
    void holdWriteLock(const QString& database);

private:
    CliRunner m_cli;
    QString m_demo;
    std::vector<PrivateMount> m_mounts;
    std::unique_ptr<QProcess> m_lockHolder;
};

/// What a case runs: chibo-cli `arguments` on `database`. `checkpoint` is false when the case prepared
/// the file so that a checkpoint is impossible or already done (not SQLite, damaged, locked).
struct CliCommand {
    QString database;
    QStringList arguments;
    bool checkpoint = true;
};

/// One row of docs/bad-inputs.md run through the real chibo-cli: the exit code and a part of the message
/// (English) it must give, and the database must be byte-identical afterwards.
struct BadInputCase {
    const char* id;
    std::function<CliCommand(BadInputBench&)> prepare;
    int exitCode;
    QString message;
};

/// Runs the row `id` of `table` and checks it; fails when the table has no such row.
void runBadInputCase(const QList<BadInputCase>& table, const char* id);

/// `chibo-cli import FILE`.
inline QStringList importOf(const QString& path)
{
    return {QStringLiteral("import"), path};
}

} // namespace chibo::test

/// One test case per catalogue row; its name starts with the row's id (docs/bad-inputs.md).
#define BAD_INPUT_CASE(TABLE, ID, TITLE)                                                                     \
    TEST_CASE(ID " " TITLE, "[badinput]")                                                                    \
    {                                                                                                        \
        chibo::test::runBadInputCase(TABLE(), ID);                                                           \
    }
