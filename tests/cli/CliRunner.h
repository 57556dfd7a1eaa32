// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    QTemporaryDir m_home;
};

} // namespace chibo::test
