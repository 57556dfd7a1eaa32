// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

namespace chibo::test {

/// Runs the real chibo-cli in a private home (settings and data directory) and captures its output.
class CliRunner {
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    CliRunner();
    Run run(const QStringList& arguments) const;
    /// Runs with `--lang LANG --db DB` before `arguments`.
    Run runOn(const QString& db, const QStringList& arguments,
              const QString& lang = QStringLiteral("en")) const;
    /// Creates the demo as of 22/11/2026 in the private home as demo.sqlite and returns its path; fails the
    /// test when it cannot.
    QString demoDatabase() const;
    QString path(const QString& name) const { return m_home.filePath(name); }
    /// Sets (or, with an empty value, clears) an environment variable of the runs that follow: CHIBO_USER
    /// and CHIBO_PASSWORD are the demo's administrator unless set here.
    void setEnvironment(const QString& name, const QString& value) { m_environment.insert(name, value); }

private:
    QTemporaryDir m_home;
    QHash<QString, QString> m_environment;
};

} // namespace chibo::test
