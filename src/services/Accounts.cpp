// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Accounts.h"

#include "core/Labels.h"
#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/PasswordHashing.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace chibo {

namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("invalid_account"), message, {}};
}

Status validate(const Account& account)
{
    static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!userName.match(account.userName).hasMatch())
        return invalid(
            Accounts::tr("A user name has 2 to 32 letters without accents, digits, dots, dashes or "
                         "underscores: \"%1\" does not.")
                .arg(account.userName));
    if (account.displayName.trimmed().isEmpty())
        return invalid(Accounts::tr("The account %1 needs the name of its person.").arg(account.userName));
    if (account.role == Role::Secretary && account.orgIds.isEmpty())
        return invalid(Accounts::tr("A secretary's account needs the cells it keeps."));
    if (account.role != Role::Secretary && !account.orgIds.isEmpty())
        return invalid(Accounts::tr("Only a secretary's account is tied to cells."));
    return {};
}

Status weakPassword(const QString& password)
{
    const QString weakness = PasswordHashing::weakness(password);
    if (weakness.isEmpty())
        return {};
    return Error{QStringLiteral("weak_password"), weakness, QStringLiteral("password")};
}

AuditEntry accountEntry(const QString& action, const Account& account, const QByteArray& before,
                        const QByteArray& after)
{
    AuditEntry entry;
    entry.action = action;
    entry.subjectKind = QStringLiteral("account");
    entry.subjectId = account.id;
    entry.summary = Accounts::tr("Account %1 (%2), %3")
                        .arg(account.userName, account.displayName, Labels::of(account.role).toLower());
    entry.before = before;
    entry.after = after;
    return entry;
}

/// Inserts `account` with `password` and audits it as `session`, in the caller's transaction.
Status insertAudited(Workspace& workspace, const Session& session, const Account& account,
                     const QString& password)
{
    const Result<QString> hash = PasswordHashing::hash(password);
    if (!hash)
        return hash.error();
    const Result<std::optional<StoredAccount>> taken = workspace.storage().accounts().find(account.userName);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error{QStringLiteral("account_exists"),
                     Accounts::tr("There is already an account %1.").arg((*taken)->account.userName),
                     {}};
    if (Status inserted = workspace.storage().accounts().insert(account, *hash); !inserted)
        return inserted;
    return AuditTrail::record(
        workspace.storage(), session,
        accountEntry(QStringLiteral("create"), account, {}, AuditRecords::json(account)));
}

Result<StoredAccount> stored(const Workspace& workspace, const QString& userName)
{
    const Result<std::optional<StoredAccount>> found = workspace.storage().accounts().find(userName);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("no_account"), Accounts::tr("There is no account %1.").arg(userName), {}};
    return **found;
}

/// Whether an enabled administrator other than `exceptId` remains.
Result<bool> anotherAdministrator(const Workspace& workspace, const QUuid& exceptId)
{
    const Result<QList<Account>> all = workspace.storage().accounts().all();
    if (!all)
        return all.error();
    for (const Account& account : *all) {
        if (account.id != exceptId && account.role == Role::Admin && !account.disabled)
            return true;
    }
    return false;
}

} // namespace

Result<bool> Accounts::exist(const Workspace& workspace)
{
    const Result<int> count = workspace.storage().accounts().count();
    if (!count)
        return count.error();
    return *count > 0;
}

Session Accounts::openSession(const QString& personName)
{
    return Session{personName, Role::Admin, {}, {}};
}

Session Accounts::sessionOf(const Account& account)
{
    return Session{account.displayName, account.role, account.orgIds, account.userName};
}

Result<Session> Accounts::signIn(const Workspace& workspace, const QString& userName, const QString& password)
{
    const Error failed{QStringLiteral("sign_in_failed"), tr("The user name or the password is wrong."), {}};
    const Result<std::optional<StoredAccount>> found = workspace.storage().accounts().find(userName);
    if (!found)
        return found.error();
    if (!*found) {
        // A missing account costs a hash check too, so the time taken does not tell which names exist.
        static const QString unknown = [] {
            const Result<QString> hash = PasswordHashing::hash(QStringLiteral("no such account"));
            return hash ? *hash : QString();
        }();
        PasswordHashing::verify(unknown, password);
        return failed;
    }
    if (!PasswordHashing::verify((*found)->passwordHash, password))
        return failed;
    if ((*found)->account.disabled)
        return Error{QStringLiteral("account_disabled"),
                     tr("The account %1 is disabled; ask the administrator.").arg((*found)->account.userName),
                     {}};
    return sessionOf((*found)->account);
}

Result<Session> Accounts::createAdministrator(Workspace& workspace, const QString& userName,
                                              const QString& displayName, const QString& password)
{
    const Account account{QUuid::createUuid(),
                          userName.trimmed(),
                          displayName.trimmed(),
                          Role::Admin,
                          {},
                          false,
                          QDateTime::currentDateTimeUtc()};
    if (Status valid = validate(account); !valid)
        return valid.error();
    if (Status strong = weakPassword(password); !strong)
        return strong.error();
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const Result<bool> any = exist(workspace);
    if (!any)
        return any.error();
    if (*any)
        return Error{QStringLiteral("accounts_exist"),
                     tr("This database has its administrator already: sign in, or ask them for an account."),
                     {}};
    const Session session = sessionOf(account);
    if (Status inserted = insertAudited(workspace, session, account, password); !inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return session;
}

Result<Account> Accounts::create(Workspace& workspace, const Session& session, Account account,
                                 const QString& password)
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    account.id = account.id.isNull() ? QUuid::createUuid() : account.id;
    account.userName = account.userName.trimmed();
    account.displayName = account.displayName.trimmed();
    account.createdAt = QDateTime::currentDateTimeUtc();
    if (Status valid = validate(account); !valid)
        return valid.error();
    if (Status strong = weakPassword(password); !strong)
        return strong.error();
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (Status inserted = insertAudited(workspace, session, account, password); !inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return account;
}

Status Accounts::update(Workspace& workspace, const Session& session, const Account& account)
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed;
    if (Status valid = validate(account); !valid)
        return valid;
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const Result<StoredAccount> before = stored(workspace, account.userName);
    if (!before)
        return before.error();
    if (before->account.role == Role::Admin && (account.role != Role::Admin || account.disabled)) {
        const Result<bool> another = anotherAdministrator(workspace, account.id);
        if (!another)
            return another.error();
        if (!*another)
            return Error{QStringLiteral("last_administrator"),
                         tr("%1 is the only administrator who can sign in: make another one first.")
                             .arg(account.userName),
                         {}};
    }
    Account changed = account;
    changed.createdAt = before->account.createdAt;
    if (Status updated = workspace.storage().accounts().update(changed); !updated)
        return updated;
    const AuditEntry entry = accountEntry(QStringLiteral("update"), changed,
                                          AuditRecords::json(before->account), AuditRecords::json(changed));
    if (Status recorded = AuditTrail::record(workspace.storage(), session, entry); !recorded)
        return recorded;
    return transaction.commit();
}

Status Accounts::changePassword(Workspace& workspace, const Session& session, const QString& userName,
                                const QString& currentPassword, const QString& newPassword)
{
    const bool own = session.accountName.compare(userName, Qt::CaseInsensitive) == 0;
    if (!own) {
        if (Status allowed = Permissions::mayAdminister(session); !allowed)
            return allowed;
    }
    if (Status strong = weakPassword(newPassword); !strong)
        return strong;
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const Result<StoredAccount> account = stored(workspace, userName);
    if (!account)
        return account.error();
    if (own && !PasswordHashing::verify(account->passwordHash, currentPassword))
        return Error{QStringLiteral("sign_in_failed"), tr("The current password is wrong."),
                     QStringLiteral("password")};
    const Result<QString> hash = PasswordHashing::hash(newPassword);
    if (!hash)
        return hash.error();
    if (Status changed = workspace.storage().accounts().setPasswordHash(account->account.id, *hash); !changed)
        return changed;
    const AuditEntry entry = accountEntry(QStringLiteral("password"), account->account, {}, {});
    if (Status recorded = AuditTrail::record(workspace.storage(), session, entry); !recorded)
        return recorded;
    return transaction.commit();
}

Result<QList<Account>> Accounts::list(const Workspace& workspace, const Session& session)
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    return workspace.storage().accounts().all();
}

} // namespace chibo
