// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SchemaV4.h"

#include "storage/SqlDialect.h"

namespace chibo {

namespace {

// {id} is the self-numbered primary key column, {ref} the type of a column referring to one.
const char16_t* const V4Ddl[] = {
    u"CREATE TABLE deleted_records ({id}, uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
    u"record TEXT NOT NULL, org TEXT NOT NULL, label TEXT NOT NULL, payload TEXT NOT NULL, "
    u"deleted_at TEXT NOT NULL, deleted_by TEXT NOT NULL)",
    u"CREATE INDEX deleted_records_org ON deleted_records (org)",
    u"CREATE TABLE locked_years ({id}, org_id {ref} NOT NULL REFERENCES organisations (id), "
    u"year INTEGER NOT NULL, locked_at TEXT NOT NULL, locked_by TEXT NOT NULL, unlocked_at TEXT, "
    u"unlocked_by TEXT NOT NULL, unlock_reason TEXT NOT NULL)",
    // A partial unique index: one current lock per organisation and year, any number of earlier ones.
    u"CREATE UNIQUE INDEX locked_years_current ON locked_years (org_id, year) WHERE unlocked_at IS NULL",
    u"CREATE INDEX locked_years_org ON locked_years (org_id, year)",
};

} // namespace

QStringList SchemaV4::statements(const SqlDialect& dialect)
{
    return dialect.ddl(V4Ddl);
}

} // namespace chibo
