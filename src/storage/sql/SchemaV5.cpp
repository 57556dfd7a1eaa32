// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SchemaV5.h"

#include "storage/SqlDialect.h"

namespace chibo {

namespace {

// {id} is the self-numbered primary key column, {ref} the type of a column referring to one.
const char16_t* const V5Ddl[] = {
    u"CREATE TABLE issued_documents ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"org_id {ref} NOT NULL REFERENCES organisations (id), type_code TEXT NOT NULL, "
    u"term_from TEXT NOT NULL, number INTEGER NOT NULL CHECK (number > 0), subject TEXT NOT NULL, "
    u"title TEXT NOT NULL, issued_on TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)",
    u"CREATE UNIQUE INDEX issued_documents_number ON issued_documents (org_id, type_code, term_from, number)",
    // A partial unique index: documents recorded by hand have no subject. (Parenthesised: one statement
    // in two literals, for clang's -Wstring-concatenation.)
    (u"CREATE UNIQUE INDEX issued_documents_subject ON issued_documents (org_id, type_code, subject) "
     u"WHERE subject <> ''"),
};

} // namespace

QStringList SchemaV5::statements(const SqlDialect& dialect)
{
    return dialect.ddl(V5Ddl);
}

} // namespace chibo
