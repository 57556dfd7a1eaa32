// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliContext.h"

#include "cli/CliBackups.h"
#include "services/DemoDatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

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
    if (workspace)
        CliBackups::afterOpen(*this, **workspace, mode == Database::Mode::ReadWrite, m_existed);
    return workspace;
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

Session CliContext::session(const QString& by)
{
    QString name = by.trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    if (name.isEmpty())
        name = tr("administrator");
    return Session{name, Role::Admin, {}};
}

int CliContext::fail(const Error& error)
{
    m_err << QStringLiteral("chibo-cli: ") << error.toString() << Qt::endl;
    return Failure;
}

} // namespace chibo
