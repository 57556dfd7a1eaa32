// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SchemaV3.h"

#include "storage/SqlDialect.h"

namespace chibo {

namespace {

// {id} is the self-numbered primary key column. Uuids are lower-case text, as everywhere.
const char16_t* const V3Ddl[] = {
    u"CREATE TABLE ratings ({id}, uuid TEXT NOT NULL UNIQUE, criteria_id TEXT NOT NULL, "
    u"indicator_id TEXT NOT NULL, subject TEXT NOT NULL, period TEXT NOT NULL, value TEXT NOT NULL, "
    u"note TEXT NOT NULL, entered_by TEXT NOT NULL, entered_on TEXT, "
    u"UNIQUE (criteria_id, indicator_id, subject, period))",
    u"CREATE INDEX ratings_subject ON ratings (subject)",
    u"CREATE TABLE score_results ({id}, criteria_id TEXT NOT NULL, criteria_version TEXT NOT NULL, "
    u"content_hash TEXT NOT NULL, subject_kind TEXT NOT NULL, subject TEXT NOT NULL, org TEXT NOT NULL, "
    u"period TEXT NOT NULL, level TEXT NOT NULL, total TEXT NOT NULL, needs_decision INTEGER NOT NULL, "
    u"result_json TEXT NOT NULL, computed_at TEXT NOT NULL, UNIQUE (criteria_id, subject, period))",
    u"CREATE INDEX score_results_org ON score_results (criteria_id, period, org)",
    u"CREATE TABLE classification_decisions ({id}, uuid TEXT NOT NULL UNIQUE, criteria_id TEXT NOT NULL, "
    u"subject TEXT NOT NULL, year INTEGER NOT NULL, proposed_level TEXT NOT NULL, "
    u"decided_level TEXT NOT NULL CHECK (decided_level IN ('htxs', 'htt', 'ht', 'kht')), "
    u"reason TEXT NOT NULL, decided_by TEXT NOT NULL, decided_on TEXT, recorded_seq INTEGER NOT NULL UNIQUE)",
    // One statement in two literals (parenthesised for clang's -Wstring-concatenation).
    (u"CREATE INDEX classification_decisions_subject ON classification_decisions "
     u"(subject, year, criteria_id, recorded_seq)"),
};

} // namespace

QStringList SchemaV3::statements(const SqlDialect& dialect)
{
    return dialect.ddl(V3Ddl);
}

} // namespace chibo
