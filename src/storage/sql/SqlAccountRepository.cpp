// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlAccountRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlSelect.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"

#include <QHash>

namespace chibo {

using namespace Qt::StringLiterals;

namespace {

QString location(const Account& account)
{
    return SqlErrors::location(u"accounts"_s, account.userName);
}

QString userKey(const QString& userName)
{
    return userName.trimmed().toCaseFolded();
}

} // namespace

Result<int> SqlAccountRepository::count() const
{
    int found = 0;
    const Status status =
        SqlSelect::each(m_db, u"SELECT COUNT(*) FROM accounts"_s, tr("Could not read the accounts: %1"),
                        [&](RowReader& row) -> Status {
                            found = int(row.integer(0));
                            return {};
                        });
    if (!status)
        return status.error();
    return found;
}

Result<QList<Account>> SqlAccountRepository::all() const
{
    const Result<QList<StoredAccount>> stored = select(u"1 = 1"_s, {});
    if (!stored)
        return stored.error();
    QList<Account> accounts;
    for (const StoredAccount& each : *stored)
        accounts.append(each.account);
    return accounts;
}

Result<std::optional<StoredAccount>> SqlAccountRepository::find(const QString& userName) const
{
    const Result<QList<StoredAccount>> stored =
        select(u"a.user_key = ?"_s, {SqlValues::text(userKey(userName))});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return std::optional<StoredAccount>();
    return std::optional<StoredAccount>(stored->first());
}

Status SqlAccountRepository::insert(const Account& account, const QString& passwordHash)
{
    const QString format = tr("Could not create the account %1: %2");
    if (account.id.isNull() || account.userName.trimmed().isEmpty() ||
        account.displayName.trimmed().isEmpty() || passwordHash.isEmpty() || !account.createdAt.isValid())
        return Error{u"storage.invalid"_s,
                     format.arg(account.userName, tr("its id, user name, display name, password and time of "
                                                     "creation are required.")),
                     location(account)};
    return TransactionScope::run(m_db, [&]() -> Status {
        SqlStatement insert(m_db, u"INSERT INTO accounts (uuid, user_name, user_key, display_name, role, "
                                  u"password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                  u"RETURNING id"_s);
        if (!insert.exec({SqlValues::uuid(account.id), SqlValues::text(account.userName.trimmed()),
                          SqlValues::text(userKey(account.userName)), SqlValues::text(account.displayName),
                          SqlValues::code(account.role), SqlValues::text(passwordHash),
                          SqlValues::flag(account.disabled), SqlValues::dateTime(account.createdAt)}))
            return SqlErrors::failed(m_db.dialect(), insert.error(), format, account.userName,
                                     location(account));
        const std::optional<qint64> rowId = insert.returnedId();
        if (!rowId)
            return SqlErrors::notFound(format, account.userName, location(account));
        return writeOrganisations(*rowId, account);
    });
}

Status SqlAccountRepository::update(const Account& account)
{
    const QString format = tr("Could not change the account %1: %2");
    return TransactionScope::run(m_db, [&]() -> Status {
        SqlStatement update(m_db,
                            u"UPDATE accounts SET display_name = ?, role = ?, disabled = ? WHERE uuid = ? "
                            u"RETURNING id"_s);
        if (!update.exec({SqlValues::text(account.displayName), SqlValues::code(account.role),
                          SqlValues::flag(account.disabled), SqlValues::uuid(account.id)}))
            return SqlErrors::failed(m_db.dialect(), update.error(), format, account.userName,
                                     location(account));
        const std::optional<qint64> rowId = update.returnedId();
        if (!rowId)
            return SqlErrors::notFound(format, account.userName, location(account));
        SqlStatement clear(m_db, u"DELETE FROM account_organisations WHERE account_id = ?"_s);
        if (!clear.exec({SqlValues::id(*rowId)}))
            return SqlErrors::failed(m_db.dialect(), clear.error(), format, account.userName,
                                     location(account));
        return writeOrganisations(*rowId, account);
    });
}

Status SqlAccountRepository::setPasswordHash(const QUuid& accountId, const QString& passwordHash)
{
    const QString format = tr("Could not change the password of %1: %2");
    const QString name = SqlValues::uuidText(accountId);
    SqlStatement update(m_db, u"UPDATE accounts SET password_hash = ? WHERE uuid = ?"_s);
    if (!update.exec({SqlValues::text(passwordHash), SqlValues::uuid(accountId)}))
        return SqlErrors::failed(m_db.dialect(), update.error(), format, name,
                                 SqlErrors::location(u"accounts"_s, name));
    if (update.rowsAffected() == 0)
        return SqlErrors::notFound(format, name, SqlErrors::location(u"accounts"_s, name));
    return {};
}

Status SqlAccountRepository::writeOrganisations(qint64 rowId, const Account& account)
{
    const QString format = tr("Could not give the account %1 its organisations: %2");
    IdResolver ids(m_db);
    SqlStatement insert(m_db, u"INSERT INTO account_organisations (account_id, org_id) VALUES (?, ?)"_s);
    for (const QUuid& orgId : account.orgIds) {
        const Result<qint64> org = ids.require(IdResolver::Kind::Organisation, orgId);
        if (!org)
            return SqlErrors::wrap(org.error(), format, account.userName, location(account));
        if (!insert.exec({SqlValues::id(rowId), SqlValues::id(*org)}))
            return SqlErrors::failed(m_db.dialect(), insert.error(), format, account.userName,
                                     location(account));
    }
    return {};
}

Result<QList<StoredAccount>> SqlAccountRepository::select(const QString& where,
                                                          const QVariantList& values) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<StoredAccount>> {
        QList<StoredAccount> found;
        QHash<qint64, qsizetype> byRow;
        const QString format = tr("Could not read the accounts: %1");
        const auto readAccount = [&](RowReader& row) -> Status {
            StoredAccount stored;
            stored.account = Account{row.uuid(1), row.text(2), row.text(3),    row.code<Role>(4),
                                     {},          row.flag(6), row.dateTime(7)};
            stored.passwordHash = row.text(5);
            if (!row.ok())
                return row.error(location(stored.account));
            byRow.insert(row.integer(0), found.size());
            found.append(std::move(stored));
            return {};
        };
        const QString accounts =
            u"SELECT a.id, a.uuid, a.user_name, a.display_name, a.role, a.password_hash, "
            u"a.disabled, a.created_at FROM accounts a WHERE "_s +
            where + u" ORDER BY a.user_key"_s;
        if (Status status = SqlSelect::each(m_db, accounts, format, readAccount, values); !status)
            return status.error();
        const auto readOrganisation = [&](RowReader& row) -> Status {
            const auto index = byRow.constFind(row.integer(0));
            if (index != byRow.constEnd())
                found[*index].account.orgIds.append(row.uuid(1));
            return row.ok() ? Status() : row.error(u"account_organisations"_s);
        };
        const QString organisations = u"SELECT ao.account_id, o.uuid FROM account_organisations ao "
                                      u"JOIN organisations o ON o.id = ao.org_id JOIN accounts a ON a.id = "
                                      u"ao.account_id WHERE "_s +
                                      where + u" ORDER BY ao.account_id, o.uuid"_s;
        if (Status status = SqlSelect::each(m_db, organisations, format, readOrganisation, values); !status)
            return status.error();
        return found;
    });
}

} // namespace chibo
