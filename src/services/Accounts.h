// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Account.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chibo {

class Workspace;

/// Local accounts and signing in. A database starts without accounts; its first start makes the
/// administrator (createAdministrator), and from then on every session is made by signIn(). Until that
/// first account exists, whoever opens the file is its administrator (openSession) — there is nobody yet
/// to keep out, and the file itself is as open as its folder. Every change to an account is audited,
/// without its password.
class Accounts {
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    /// Whether the database has any account (then every session must sign in).
    static Result<bool> exist(const Workspace& workspace);
    /// The session of a database without accounts: its administrator, named `personName`.
    static Session openSession(const QString& personName);
    /// The session of the account `userName` (in any case) when `password` is its password and it is not
    /// disabled; else "sign_in_failed", with one message for a wrong name or a wrong password.
    static Result<Session> signIn(const Workspace& workspace, const QString& userName,
                                  const QString& password);
    /// Makes the first account, an administrator; "accounts_exist" once there is any account.
    static Result<Session> createAdministrator(Workspace& workspace, const QString& userName,
                                               const QString& displayName, const QString& password);
    /// An administrator makes an account. "invalid_account" for a user name that is not 2–32 letters,
    /// digits, dots, dashes or underscores, an empty display name, a secretary without organisations, or
    /// organisations for another role; "weak_password"; "account_exists" when the name is taken.
    static Result<Account> create(Workspace& workspace, const Session& session, Account account,
                                  const QString& password);
    /// An administrator changes an account's display name, role, organisations or whether it is
    /// disabled. The last administrator who can sign in stays one ("last_administrator").
    static Status update(Workspace& workspace, const Session& session, const Account& account);
    /// Changes the password of `userName`: the account's own person with its current password, or an
    /// administrator for anyone (`currentPassword` is then not asked for).
    static Status changePassword(Workspace& workspace, const Session& session, const QString& userName,
                                 const QString& currentPassword, const QString& newPassword);
    /// Every account, for an administrator.
    static Result<QList<Account>> list(const Workspace& workspace, const Session& session);
    /// The session an account works in.
    static Session sessionOf(const Account& account);
};

} // namespace chibo
