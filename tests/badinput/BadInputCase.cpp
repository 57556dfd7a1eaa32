// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInputCase.h"

#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>

namespace chibo::test {

BadInputBench::~BadInputBench()
{
    if (m_lockHolder) {
        m_lockHolder->closeWriteChannel();
        if (!m_lockHolder->waitForFinished(30000))
            m_lockHolder->kill();
        m_lockHolder->waitForFinished();
    }
}

QString BadInputBench::demo()
{
    if (m_demo.isEmpty())
        m_demo = m_cli.demoDatabase();
    return m_demo;
}

QString BadInputBench::write(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_cli.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString BadInputBench::data(const QString& relative)
{
    return dataPath(relative);
}

QString BadInputBench::directory(const QString& name) const
{
    const QString path = m_cli.path(name);
    REQUIRE(QDir().mkpath(path));
    return path;
}

void BadInputBench::holdWriteLock(const QString& database)
{
    m_lockHolder = std::make_unique<QProcess>();
    m_lockHolder->start(QStringLiteral(CHIBO_LOCK_HOLDER_PATH), {database});
    REQUIRE(m_lockHolder->waitForStarted());
    REQUIRE(m_lockHolder->waitForReadyRead(30000));
    INFO(m_lockHolder->readAllStandardError().toStdString());
    REQUIRE(m_lockHolder->readLine().trimmed() == "locked");
}

void runBadInputCase(const QList<BadInputCase>& table, const char* id)
{
    const auto row = std::find_if(table.cbegin(), table.cend(),
                                  [id](const BadInputCase& c) { return qstrcmp(c.id, id) == 0; });
    if (row == table.cend())
        FAIL("no row " << id << " in the table");
    BadInputBench bench;
    const CliCommand command = row->prepare(bench);
    if (command.checkpoint)
        DatabaseFingerprint::checkpoint(command.database);
    const DatabaseFingerprint before = DatabaseFingerprint::of(command.database);
    const CliRunner::Run run = bench.cli().runOn(command.database, command.arguments);
    INFO("chibo-cli " << command.arguments.join(u' ').toStdString());
    INFO("exit code " << run.exitCode << "\nstdout:\n"
                      << run.out.toStdString() << "\nstderr:\n"
                      << run.err.toStdString());
    CHECK(run.exitCode == row->exitCode);
    CHECK(QString(run.out + run.err).contains(row->message));
    CHECK(DatabaseFingerprint::of(command.database) == before);
}

} // namespace chibo::test
