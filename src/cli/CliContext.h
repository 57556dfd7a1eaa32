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

    /// Opens the chosen database (with --demo, creating the demo first if it is missing) and signs in: on a
    /// database with accounts, as --user (or CHIBO_USER) with the password from CHIBO_PASSWORD or asked
    /// for on the terminal; refused ("sign_in_failed", "sign_in_required") otherwise. Warns on stderr when
    /// it sits on a network or removable drive, and makes the daily backup when it opens an existing file
    /// for writing (CliBackups).
    Result<std::unique_ptr<Workspace>> openWorkspace(Database::Mode mode = Database::Mode::ReadWrite);
    void setUserName(const QString& userName) { m_userName = userName.trimmed(); }
    /// Whether the database file existed before openWorkspace() opened it (else it was created empty).
    bool databaseExisted() const { return m_existed; }
    /// Parses a subcommand's arguments. Returns an exit code when the command must stop here (help was
    /// shown, or the arguments were wrong and the message printed), nothing when it should run.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, int minPositional,
                             int maxPositional);
    /// Who works through the CLI, after openWorkspace(): the account signed in; on a database without
    /// accounts, its administrator, named `by` when given, else after the OS user.
    Session session(const QString& by = {}) const;
    /// A password typed on the terminal without echo (or the next line of standard input when it is not a
    /// terminal), after `prompt` on the error stream.
    QString askPassword(const QString& prompt);
    /// An error in the command's arguments (kind "cli.usage"), for fail() or a parser's result.
    static Error usageError(const QString& message)
    {
        return Error{QStringLiteral("cli.usage"), message, {}};
    }
    /// Prints "chibo-cli: <error>" and returns Failure.
    int fail(const Error& error);
    /// Formats a date as dd/MM/yyyy.
    static QString date(QDate day)
    {
        return day.isValid() ? day.toString(u"dd/MM/yyyy") : QStringLiteral("—");
    }

private:
    Status signIn(const Workspace& workspace);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    bool m_demo = false;
    QDate m_today;
    QString m_userName;
    std::optional<Session> m_session; ///< set by signing in to an account
    bool m_existed = false;
};

} // namespace chibo
