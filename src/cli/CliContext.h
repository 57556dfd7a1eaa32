// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace chibo {

/// What every subcommand gets: the database chosen by the global options, the streams, today's date.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliContext(QTextStream& out, QTextStream& err, QString databasePath, bool demo, QDate today);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QDate today() const { return m_today; }
    QString databasePath() const { return m_databasePath; }
    bool usesDemo() const { return m_demo; }

    /// Opens the chosen database; with --demo, creates the demo first if it is missing. Warns on stderr
    /// when it sits on a network or removable drive, and makes the daily backup when it opens an existing
    /// file for writing (CliBackups).
    Result<std::unique_ptr<Workspace>> openWorkspace(Database::Mode mode = Database::Mode::ReadWrite);
    /// Whether the database file existed before openWorkspace() opened it (else it was created empty).
    bool databaseExisted() const { return m_existed; }
    /// Parses a subcommand's arguments. Returns an exit code when the command must stop here (help was
    /// shown, or the arguments were wrong and the message printed), nothing when it should run.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, int minPositional,
                             int maxPositional);
    /// Who works through the CLI: an administrator (accounts come with the security work), named `by`
    /// when given, else after the OS user.
    static Session session(const QString& by = {});
    /// Prints "chibo-cli: <error>" and returns Failure.
    int fail(const Error& error);
    /// Formats a date as dd/MM/yyyy.
    static QString date(QDate day)
    {
        return day.isValid() ? day.toString(u"dd/MM/yyyy") : QStringLiteral("—");
    }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    bool m_demo = false;
    QDate m_today;
    bool m_existed = false;
};

} // namespace chibo
