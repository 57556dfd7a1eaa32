// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "cli/CliBackups.h"
#include "services/Accounts.h"
#include "services/DemoDatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

namespace chibo {

CliContext::CliContext(QTextStream& out, QTextStream& err, QString databasePath, bool demo, QDate today)
    : m_out(out)
    , m_err(err)
    , m_databasePath(std::move(databasePath))
    , m_demo(demo)
    , m_today(today)
{}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace(Database::Mode mode)
{
    m_existed = QFileInfo::exists(m_databasePath);
    if (m_demo) {
        if (const Status created = DemoDatabase::ensure(m_databasePath, m_today); !created)
            return created.error();
    }
    auto workspace = Workspace::open(m_databasePath, mode);
    if (!workspace)
        return workspace;
    if (Status signedIn = signIn(**workspace); !signedIn)
        return signedIn.error();
    CliBackups::afterOpen(*this, **workspace, mode == Database::Mode::ReadWrite, m_existed);
    return workspace;
}

Status CliContext::signIn(const Workspace& workspace)
{
    const Result<bool> accounts = Accounts::exist(workspace);
    if (!accounts)
        return accounts.error();
    if (!*accounts)
        return {};
    if (m_userName.isEmpty())
        return Error{QStringLiteral("sign_in_required"),
                     tr("This database has accounts: sign in with --user NAME (or CHIBO_USER); the password "
                        "is read from CHIBO_PASSWORD, else asked for."),
                     {}};
    const QString password = qEnvironmentVariableIsSet("CHIBO_PASSWORD")
                                 ? qEnvironmentVariable("CHIBO_PASSWORD")
                                 : askPassword(tr("Password for %1: ").arg(m_userName));
    const Result<Session> session = Accounts::signIn(workspace, m_userName, password);
    if (!session)
        return session.error();
    m_session = *session;
    return {};
}

QString CliContext::askPassword(const QString& prompt)
{
    m_err << prompt << Qt::flush;
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << Qt::endl;
    }
    return password;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QStringList& arguments,
                                     int minPositional, int maxPositional)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("chibo-cli: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        m_err << tr("chibo-cli: wrong number of arguments.") << Qt::endl << Qt::endl << parser.helpText();
        return UsageError;
    }
    return std::nullopt;
}

Session CliContext::session(const QString& by) const
{
    if (m_session)
        return *m_session;
    QString name = by.trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    if (name.isEmpty())
        name = tr("administrator");
    return Accounts::openSession(name);
}

int CliContext::fail(const Error& error)
{
    m_err << QStringLiteral("chibo-cli: ") << error.toString() << Qt::endl;
    return Failure;
}

} // namespace chibo
