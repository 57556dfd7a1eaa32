// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/SqlDialect.h"
#include "storage/sql/MemberSearchKey.h"
#include "storage/sql/SchemaV1.h"
#include "storage/sql/SchemaV3.h"
#include "storage/sql/SchemaV4.h"
#include "storage/sql/SchemaV5.h"
#include "storage/sql/SchemaV6.h"
#include "storage/sql/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>
#include <vector>

namespace chibo {

namespace {

/// Runs a step's statements in order; the first failure is returned with `failFormat` ("…: %1").
Status runAll(QSqlDatabase& db, const SqlDialect& dialect, const QStringList& statements,
              const QString& failFormat)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return SqlErrors::failed(dialect, query.lastError(), failFormat);
    }
    return {};
}

} // namespace

QList<MigrationStep> Migrations::steps()
{
    return {
        {1, tr("create the tables"), &Migrations::createSchema},
        {2, tr("add the folded search key of member names"), &Migrations::addMemberSearchKey},
        {3, tr("add ratings, score results and classification decisions"), &Migrations::addScoring},
        {4, tr("add the recycle bin and locked years"), &Migrations::addRecycleBinAndLocks},
        {5, tr("add the register of issued documents"), &Migrations::addDocumentRegister},
        {6, tr("add accounts and the audit trail"), &Migrations::addAccountsAndAudit},
    };
}

Status Migrations::createSchema(QSqlDatabase& db, const SqlDialect& dialect)
{
    return runAll(db, dialect, SchemaV1::statements(dialect), tr("Could not create the tables: %1"));
}

Status Migrations::addScoring(QSqlDatabase& db, const SqlDialect& dialect)
{
    return runAll(db, dialect, SchemaV3::statements(dialect),
                  tr("Could not add the tables of ratings and results: %1"));
}

Status Migrations::addRecycleBinAndLocks(QSqlDatabase& db, const SqlDialect& dialect)
{
    return runAll(db, dialect, SchemaV4::statements(dialect),
                  tr("Could not add the recycle bin and the locked years: %1"));
}

Status Migrations::addDocumentRegister(QSqlDatabase& db, const SqlDialect& dialect)
{
    return runAll(db, dialect, SchemaV5::statements(dialect),
                  tr("Could not add the register of issued documents: %1"));
}

Status Migrations::addAccountsAndAudit(QSqlDatabase& db, const SqlDialect& dialect)
{
    return runAll(db, dialect, SchemaV6::statements(dialect),
                  tr("Could not add the accounts and the audit trail: %1"));
}

Status Migrations::addMemberSearchKey(QSqlDatabase& db, const SqlDialect& dialect)
{
    QSqlQuery query(db);
    const auto failed = [&] {
        return SqlErrors::failed(dialect, query.lastError(), tr("Could not add the member search key: %1"));
    };
    if (!query.exec(QStringLiteral("ALTER TABLE members ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")))
        return failed();
    // The fold is Unicode-aware C++ (VietnameseText), not SQL, so the backfill reads every member, computes
    // the key here and writes it back with one prepared statement.
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, full_name, given_name FROM members")))
        return failed();
    std::vector<std::pair<qint64, QString>> keys;
    while (query.next()) {
        keys.emplace_back(query.value(0).toLongLong(),
                          MemberSearchKey::of(query.value(1).toString(), query.value(2).toString()));
    }
    query.finish();
    if (!query.prepare(QStringLiteral("UPDATE members SET search_key = ? WHERE id = ?")))
        return failed();
    for (const auto& [id, key] : keys) {
        query.bindValue(0, key);
        query.bindValue(1, id);
        if (!query.exec())
            return failed();
    }
    return {};
}

} // namespace chibo
