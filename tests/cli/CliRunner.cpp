// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "support/Catch.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace chibo::test {

CliRunner::CliRunner() = default;

CliRunner::Run CliRunner::run(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The demo's administrator: databases with accounts (the demo) sign in as them, the others ignore it.
    env.insert(QStringLiteral("CHIBO_USER"), QStringLiteral("quantri"));
    env.insert(QStringLiteral("CHIBO_PASSWORD"), QStringLiteral("chibo-demo"));
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHIBO_CLI_PATH), arguments);
    process.closeWriteChannel(); // a question on the terminal reads the end of the input, never hangs
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

CliRunner::Run CliRunner::runOn(const QString& db, const QStringList& arguments, const QString& lang) const
{
    return run(QStringList{QStringLiteral("--lang"), lang, QStringLiteral("--db"), db} + arguments);
}

QString CliRunner::demoDatabase() const
{
    const QString path = this->path(QStringLiteral("demo.sqlite"));
    const Run created = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--as-of"),
                             QStringLiteral("2026-11-22")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    return path;
}

} // namespace chibo::test
