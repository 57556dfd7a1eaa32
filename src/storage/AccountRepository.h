// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Account.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace chibo {

/// An account as stored: the account and its password hash (libsodium's argon2id string).
struct StoredAccount {
    Account account;
    QString passwordHash;
};

/// Local accounts (tables accounts and account_organisations, schema v6). Writes join the caller's
/// transaction. User names are unique regardless of case.
class AccountRepository {
public:
    virtual ~AccountRepository() = default;

    /// How many accounts exist (0: nobody has been made administrator yet).
    virtual Result<int> count() const = 0;
    /// Every account with its organisations, by user name.
    virtual Result<QList<Account>> all() const = 0;
    /// The account whose user name is `userName` in any case, with its password hash.
    virtual Result<std::optional<StoredAccount>> find(const QString& userName) const = 0;
    /// "storage.constraint" when the user name (in any case) or the id is taken, "storage.missing-reference"
    /// when one of its organisations is not stored, "storage.invalid" without a user name, display name,
    /// hash or creation time.
    virtual Status insert(const Account& account, const QString& passwordHash) = 0;
    /// Changes the display name, role, organisations and whether it is disabled (not the user name);
    /// "storage.not-found" when there is no such account.
    virtual Status update(const Account& account) = 0;
    virtual Status setPasswordHash(const QUuid& accountId, const QString& passwordHash) = 0;
};

} // namespace chibo
