// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// AccountRepository in portable SQL over accounts and account_organisations.
class SqlAccountRepository final : public AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlAccountRepository)

public:
    explicit SqlAccountRepository(Database& db)
        : m_db(db)
    {}

    Result<int> count() const override;
    Result<QList<Account>> all() const override;
    Result<std::optional<StoredAccount>> find(const QString& userName) const override;
    Status insert(const Account& account, const QString& passwordHash) override;
    Status update(const Account& account) override;
    Status setPasswordHash(const QUuid& accountId, const QString& passwordHash) override;

private:
    /// Accounts matching `where` (SQL over alias a), by user name, with their hashes and organisations.
    Result<QList<StoredAccount>> select(const QString& where, const QVariantList& values) const;
    /// Replaces the organisations of the account stored as `rowId`.
    Status writeOrganisations(qint64 rowId, const Account& account);

    Database& m_db;
};

} // namespace chibo
