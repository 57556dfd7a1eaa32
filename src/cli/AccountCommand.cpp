// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AccountCommand.h"

#include "cli/CliContext.h"
#include "core/EnumCodes.h"
#include "core/Labels.h"
#include "services/Accounts.h"
#include "services/Permissions.h"
#include "services/Workspace.h"

#include <QCommandLineParser>

namespace chibo {

namespace {

const QString DisplayNameOption = QStringLiteral("name");
const QString RoleOption = QStringLiteral("role");
const QString OrgOption = QStringLiteral("org");

/// The role named on the command line: its code ("committee_member") or a short form ("committee").
std::optional<Role> roleNamed(const QString& text)
{
    if (text == u"committee")
        return Role::CommitteeMember;
    return enumFromCode<Role>(text);
}

/// Applies --name, --role and --org to `account`; an Error names the option at fault.
Status applyOptions(const Workspace& workspace, const QCommandLineParser& parser, Account& account)
{
    if (parser.isSet(DisplayNameOption))
        account.displayName = parser.value(DisplayNameOption);
    if (parser.isSet(RoleOption)) {
        const std::optional<Role> role = roleNamed(parser.value(RoleOption));
        if (!role)
            return Error{QStringLiteral("cli.bad-role"),
                         AccountCommand::tr("--role is admin, secretary, committee or viewer, not “%1”.")
                             .arg(parser.value(RoleOption)),
                         {}};
        account.role = *role;
    }
    if (parser.isSet(OrgOption)) {
        account.orgIds.clear();
        for (const QString& key : parser.values(OrgOption)) {
            const Result<Organisation> org = workspace.findOrganisation(key);
            if (!org)
                return org.error();
            account.orgIds.append(org->id);
        }
    }
    return {};
}

} // namespace

QString AccountCommand::summary() const
{
    return tr("Make the administrator, list, add and change accounts, change a password.");
}

int AccountCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "init NAME --name \"FULL NAME\": the first account, the administrator, of a database without any.\n"
        "list: every account (administrator).\n"
        "add NAME --name \"FULL NAME\" --role ROLE [--org KEY …]: a new account (administrator); a "
        "secretary's account names its cells.\n"
        "set NAME [--name …] [--role …] [--org KEY …] [--disable | --enable]: changes an account "
        "(administrator).\n"
        "password [NAME]: a new password for one's own account, or for NAME (administrator).\n"
        "New passwords are read from CHIBO_NEW_PASSWORD, else asked for twice."));
    const QCommandLineOption displayName(DisplayNameOption, tr("The person's full name."), tr("FULL NAME"));
    const QCommandLineOption role(RoleOption, tr("admin, secretary, committee or viewer."), tr("ROLE"));
    const QCommandLineOption org(OrgOption, tr("A secretary's cell, by id or name; repeat for several."),
                                 tr("KEY"));
    const QCommandLineOption disable(QStringLiteral("disable"), tr("The account may no longer sign in."));
    const QCommandLineOption enable(QStringLiteral("enable"), tr("The account may sign in again."));
    parser.addOptions({displayName, role, org, disable, enable});
    parser.addPositionalArgument(tr("ACTION"), tr("init, list, add, set or password."));
    parser.addPositionalArgument(tr("NAME"), tr("The account's user name."), tr("[NAME]"));
    if (const auto stop = context.parse(parser, arguments, 1, 2))
        return *stop;
    const QStringList rest = parser.positionalArguments();
    const QString action = rest.first();
    const QString userName = rest.value(1);
    if (action == u"list" && rest.size() == 1)
        return list(context);
    if (action == u"password")
        return password(context, userName);
    if (rest.size() == 2 && action == u"init")
        return init(context, parser, userName);
    if (rest.size() == 2 && action == u"add")
        return add(context, parser, userName);
    if (rest.size() == 2 && action == u"set")
        return set(context, parser, userName);
    context.err() << tr("chibo-cli: account needs init NAME, list, add NAME, set NAME or password [NAME].")
                  << Qt::endl
                  << Qt::endl
                  << parser.helpText();
    return CliContext::UsageError;
}

int AccountCommand::init(CliContext& context, const QCommandLineParser& parser, const QString& userName)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const QString password = newPassword(context);
    const Result<Session> made =
        Accounts::createAdministrator(**workspace, userName, parser.value(DisplayNameOption), password);
    if (!made)
        return context.fail(made.error());
    context.out() << tr("%1 (%2) is the administrator of %3.")
                         .arg(made->accountName, made->userName, (*workspace)->path())
                  << Qt::endl;
    return CliContext::Success;
}

int AccountCommand::list(CliContext& context)
{
    auto workspace = context.openWorkspace(Database::Mode::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const Result<QList<Account>> accounts = Accounts::list(**workspace, context.session());
    if (!accounts)
        return context.fail(accounts.error());
    for (const Account& account : *accounts) {
        context.out() << account.userName << u'\t' << account.displayName << u'\t'
                      << Labels::of(account.role);
        if (account.disabled)
            context.out() << u'\t' << tr("disabled");
        context.out() << Qt::endl;
    }
    return CliContext::Success;
}

int AccountCommand::add(CliContext& context, const QCommandLineParser& parser, const QString& userName)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    // Refused before a new password is asked for.
    if (Status allowed = Permissions::mayAdminister(context.session()); !allowed)
        return context.fail(allowed.error());
    Account account;
    account.userName = userName;
    if (Status applied = applyOptions(**workspace, parser, account); !applied)
        return context.fail(applied.error());
    const Result<Account> made =
        Accounts::create(**workspace, context.session(), account, newPassword(context));
    if (!made)
        return context.fail(made.error());
    context.out() << tr("Account %1 (%2), %3, created.")
                         .arg(made->userName, made->displayName, Labels::of(made->role).toLower())
                  << Qt::endl;
    return CliContext::Success;
}

int AccountCommand::set(CliContext& context, const QCommandLineParser& parser, const QString& userName)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const Result<QList<Account>> accounts = Accounts::list(**workspace, context.session());
    if (!accounts)
        return context.fail(accounts.error());
    const auto found = std::find_if(accounts->cbegin(), accounts->cend(), [&](const Account& account) {
        return account.userName.compare(userName, Qt::CaseInsensitive) == 0;
    });
    if (found == accounts->cend())
        return context.fail({QStringLiteral("no_account"), tr("There is no account %1.").arg(userName), {}});
    Account account = *found;
    if (Status applied = applyOptions(**workspace, parser, account); !applied)
        return context.fail(applied.error());
    if (parser.isSet(QStringLiteral("disable")) || parser.isSet(QStringLiteral("enable")))
        account.disabled = parser.isSet(QStringLiteral("disable"));
    if (Status updated = Accounts::update(**workspace, context.session(), account); !updated)
        return context.fail(updated.error());
    context.out() << tr("Account %1 changed.").arg(account.userName) << Qt::endl;
    return CliContext::Success;
}

int AccountCommand::password(CliContext& context, const QString& userName)
{
    auto workspace = context.openWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    const Session session = context.session();
    const QString target = userName.isEmpty() ? session.accountName : userName;
    if (target.isEmpty())
        return context.fail({QStringLiteral("no_account"), tr("This database has no accounts yet."), {}});
    // Signing in asked for the current password already: it is the one given to the account's own person.
    const QString current = qEnvironmentVariable("CHIBO_PASSWORD");
    const bool own = target.compare(session.accountName, Qt::CaseInsensitive) == 0;
    const QString currentPassword =
        own && current.isEmpty() ? context.askPassword(tr("Current password: ")) : current;
    if (Status changed =
            Accounts::changePassword(**workspace, session, target, currentPassword, newPassword(context));
        !changed)
        return context.fail(changed.error());
    context.out() << tr("The password of %1 is changed.").arg(target) << Qt::endl;
    return CliContext::Success;
}

QString AccountCommand::newPassword(CliContext& context)
{
    if (qEnvironmentVariableIsSet("CHIBO_NEW_PASSWORD"))
        return qEnvironmentVariable("CHIBO_NEW_PASSWORD");
    const QString first = context.askPassword(tr("New password: "));
    const QString second = context.askPassword(tr("The new password again: "));
    if (first != second) {
        context.err() << tr("The two passwords differ.") << Qt::endl;
        return {};
    }
    return first;
}

} // namespace chibo
