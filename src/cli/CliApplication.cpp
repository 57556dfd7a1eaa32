// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/AccountCommand.h"
#include "cli/AuditCommand.h"
#include "cli/BackupCommand.h"
#include "cli/ClassifyCommand.h"
#include "cli/CliContext.h"
#include "cli/CriteriaCommand.h"
#include "cli/DecideCommand.h"
#include "cli/DemoCommand.h"
#include "cli/DocumentsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ImportMembersCommand.h"
#include "cli/MembersCommand.h"
#include "cli/OrgsCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ScoreCommand.h"
#include "cli/SummaryCommand.h"
#include "cli/TrashCommand.h"
#include "cli/YearLockCommand.h"
#include "services/DataLocations.h"

#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>

namespace chibo {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<SummaryCommand>());
    m_commands.push_back(std::make_unique<OrgsCommand>());
    m_commands.push_back(std::make_unique<MembersCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportMembersCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ScoreCommand>());
    m_commands.push_back(std::make_unique<ClassifyCommand>());
    m_commands.push_back(std::make_unique<DecideCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<DocumentsCommand>());
    m_commands.push_back(std::make_unique<YearLockCommand>(YearLockCommand::Mode::Lock));
    m_commands.push_back(std::make_unique<YearLockCommand>(YearLockCommand::Mode::Unlock));
    m_commands.push_back(std::make_unique<TrashCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<CriteriaCommand>());
    m_commands.push_back(std::make_unique<AccountCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
}

CliApplication::~CliApplication() = default;

Language CliApplication::chosenLanguage(const QStringList& arguments)
{
    if (const auto asked = languageFromArguments(arguments))
        return *asked;
    const QSettings settings;
    return languageFromCode(settings.value(QString::fromUtf16(languageSettingKey)).toString())
        .value_or(Language::Vietnamese);
}

CliCommand* CliApplication::command(const QString& name) const
{
    for (const auto& candidate : m_commands) {
        if (candidate->name() == name)
            return candidate.get();
    }
    return nullptr;
}

QString CliApplication::toolHelp() const
{
    QString text = tr("Commands:") + u'\n';
    for (const auto& candidate : m_commands)
        text += QStringLiteral("  ") + candidate->name().leftJustified(15) + candidate->summary() + u'\n';
    text += u'\n' + tr("Run “chibo-cli COMMAND --help” for a command's options.") + u'\n';
    return text;
}

int CliApplication::run(const QStringList& arguments, QDate today)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ChiBo — records and quality assessment of Party cells, without a window."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(
        QStringLiteral("db"),
        tr("The database file (default: %1).").arg(DataLocations::defaultDatabasePath()), tr("PATH"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Use the demo database, creating it if missing (%1).").arg(DataLocations::demoDatabasePath()));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of messages: vi or en (default: the saved "
                                     "setting, else vi)."),
                                  QStringLiteral("vi|en"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Sign in as this account (else CHIBO_USER). The password is read from "
                                     "CHIBO_PASSWORD, else asked for."),
                                  tr("NAME"));
    parser.addOptions({db, demo, lang, user});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(tr("COMMAND"), tr("One of the commands below."), tr("COMMAND [options]"));
    if (!parser.parse(arguments)) {
        err << QStringLiteral("chibo-cli: ") << parser.errorText() << Qt::endl;
        return CliContext::UsageError;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return CliContext::Success;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        out << parser.helpText() << u'\n' << toolHelp();
        return rest.isEmpty() && !parser.isSet(QStringLiteral("help")) ? CliContext::UsageError
                                                                       : CliContext::Success;
    }
    CliCommand* chosen = command(rest.constFirst());
    if (!chosen) {
        err << tr("chibo-cli: unknown command “%1”.").arg(rest.constFirst()) << Qt::endl
            << Qt::endl
            << toolHelp();
        return CliContext::UsageError;
    }
    const bool useDemo = parser.isSet(demo) || (chosen->name() == u"demo" && !parser.isSet(db));
    const QString path = parser.isSet(db) ? parser.value(db)
                         : useDemo        ? DataLocations::demoDatabasePath()
                                          : DataLocations::defaultDatabasePath();
    CliContext context(out, err, path, useDemo && chosen->name() != u"demo", today);
    context.setUserName(parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("CHIBO_USER"));
    QStringList commandArguments = rest;
    commandArguments[0] = QStringLiteral("chibo-cli ") + chosen->name();
    return chosen->run(context, commandArguments);
}

} // namespace chibo
