// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SchemaV6.h"

#include "storage/SqlDialect.h"

namespace chibo {

namespace {

// {id} is the self-numbered primary key column, {ref} the type of a column referring to one.
const char16_t* const V6Ddl[] = {
    // user_key is the user name folded to lower case: "Hoa.NT" and "hoa.nt" are one account.
    u"CREATE TABLE accounts ({id}, uuid TEXT NOT NULL UNIQUE, user_name TEXT NOT NULL, "
    u"user_key TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL, "
    u"password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)",
    u"CREATE TABLE account_organisations (account_id {ref} NOT NULL REFERENCES accounts (id) "
    u"ON DELETE CASCADE, org_id {ref} NOT NULL REFERENCES organisations (id), "
    u"PRIMARY KEY (account_id, org_id))",
    // sequence is given by the appender (1, 2, 3 … without gaps), not by the back end.
    u"CREATE TABLE audit_log (sequence {ref} PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, "
    u"action TEXT NOT NULL, subject_kind TEXT NOT NULL, subject TEXT, org TEXT, summary TEXT NOT NULL, "
    u"before_json TEXT NOT NULL, after_json TEXT NOT NULL, previous_hash TEXT NOT NULL, "
    u"hash TEXT NOT NULL)",
    u"CREATE INDEX audit_log_org ON audit_log (org)",
};

} // namespace

QStringList SchemaV6::statements(const SqlDialect& dialect)
{
    return dialect.ddl(V6Ddl) + dialect.appendOnlyDdl(QStringLiteral("audit_log"));
}

} // namespace chibo
