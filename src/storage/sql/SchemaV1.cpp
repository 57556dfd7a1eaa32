// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SchemaV1.h"

#include "storage/SqlDialect.h"

namespace chibo {

namespace {

// {id} is the self-numbered primary key column, {ref} the type of a column referring to one. Owned
// children are deleted with their owner (ON DELETE CASCADE); any other reference blocks the deletion of
// what it refers to (the default, NO ACTION).
const char16_t* const V1Ddl[] = {
    u"CREATE TABLE organisations ({id}, uuid TEXT NOT NULL UNIQUE, parent_id {ref} REFERENCES organisations "
    u"(id), "
    u"name TEXT NOT NULL, kind TEXT NOT NULL, cell_type TEXT NOT NULL, locality TEXT NOT NULL, "
    u"short_name TEXT NOT NULL, established_on TEXT)",
    u"CREATE INDEX organisations_parent ON organisations (parent_id)",
    u"CREATE TABLE org_terms ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"org_id {ref} NOT NULL REFERENCES organisations (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"from_date TEXT, to_date TEXT, label TEXT NOT NULL, UNIQUE (org_id, position))",

    u"CREATE TABLE members ({id}, uuid TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, given_name TEXT NOT "
    u"NULL, "
    u"birth_date TEXT, sex TEXT NOT NULL, ethnicity TEXT NOT NULL, religion TEXT NOT NULL, "
    u"hometown TEXT NOT NULL, citizen_id TEXT NOT NULL, phone TEXT NOT NULL, party_card_number TEXT NOT "
    u"NULL, "
    u"admission_decision_date TEXT, ceremony_date TEXT, official_date TEXT, "
    u"works_in_political_system INTEGER NOT NULL, note TEXT NOT NULL)",
    u"CREATE TABLE status_events ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"event_date TEXT, kind TEXT NOT NULL, decision TEXT NOT NULL, note TEXT NOT NULL, "
    u"UNIQUE (member_id, position))",
    u"CREATE TABLE memberships ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"org_id {ref} NOT NULL REFERENCES organisations (id), from_date TEXT, to_date TEXT, kind TEXT NOT NULL, "
    u"UNIQUE (member_id, position))",
    u"CREATE INDEX memberships_org ON memberships (org_id)",
    u"CREATE TABLE position_terms ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"org_id {ref} NOT NULL REFERENCES organisations (id), post TEXT NOT NULL, from_date TEXT, to_date TEXT, "
    u"UNIQUE (member_id, position))",
    u"CREATE INDEX position_terms_org ON position_terms (org_id)",

    u"CREATE TABLE meetings ({id}, uuid TEXT NOT NULL UNIQUE, org_id {ref} NOT NULL REFERENCES organisations "
    u"(id), "
    u"meeting_date TEXT, start_time TEXT, end_time TEXT, kind TEXT NOT NULL, place TEXT NOT NULL, "
    u"topic TEXT NOT NULL, chair_id {ref} REFERENCES members (id), minute_taker_id {ref} REFERENCES members "
    u"(id), "
    u"documents_posted_on TEXT, speakers_count INTEGER NOT NULL, minutes TEXT NOT NULL, "
    u"conclusion TEXT NOT NULL, state TEXT NOT NULL)",
    u"CREATE INDEX meetings_org_date ON meetings (org_id, meeting_date)",
    u"CREATE INDEX meetings_chair ON meetings (chair_id)",
    u"CREATE INDEX meetings_minute_taker ON meetings (minute_taker_id)",
    u"CREATE TABLE agenda_items (meeting_id {ref} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, "
    u"position INTEGER NOT NULL, item TEXT NOT NULL, PRIMARY KEY (meeting_id, position))",
    u"CREATE TABLE upper_attendees (meeting_id {ref} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, "
    u"position INTEGER NOT NULL, attendee TEXT NOT NULL, PRIMARY KEY (meeting_id, position))",
    u"CREATE TABLE lifecycle_events ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"meeting_id {ref} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"state TEXT NOT NULL, actor TEXT NOT NULL, at_utc TEXT, note TEXT NOT NULL, UNIQUE (meeting_id, "
    u"position))",
    u"CREATE TABLE attendance (meeting_id {ref} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE, "
    u"member_id {ref} NOT NULL REFERENCES members (id), position INTEGER NOT NULL, status TEXT NOT NULL, "
    u"reason TEXT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (meeting_id, member_id), "
    u"UNIQUE (meeting_id, position))",
    u"CREATE INDEX attendance_member ON attendance (member_id)",

    u"CREATE TABLE targets ({id}, uuid TEXT NOT NULL UNIQUE, org_id {ref} NOT NULL REFERENCES organisations "
    u"(id), "
    u"meeting_id {ref} REFERENCES meetings (id), plan_year INTEGER NOT NULL, title TEXT NOT NULL, "
    u"kind TEXT NOT NULL, owner_member_id {ref} REFERENCES members (id), due_month TEXT, "
    u"planned BIGINT NOT NULL, actual BIGINT NOT NULL, unit TEXT NOT NULL, status TEXT NOT NULL, "
    u"note TEXT NOT NULL)",
    u"CREATE INDEX targets_org ON targets (org_id)",
    u"CREATE INDEX targets_meeting ON targets (meeting_id)",
    u"CREATE INDEX targets_owner ON targets (owner_member_id)",
    u"CREATE TABLE assignments ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, "
    u"org_id {ref} REFERENCES organisations (id), task TEXT NOT NULL, area TEXT NOT NULL, "
    u"households INTEGER NOT NULL, from_date TEXT, to_date TEXT)",
    u"CREATE INDEX assignments_member ON assignments (member_id)",
    u"CREATE INDEX assignments_org ON assignments (org_id)",
    u"CREATE TABLE follow_ups ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"assignment_id {ref} NOT NULL REFERENCES assignments (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
    u"follow_up_date TEXT, note TEXT NOT NULL, UNIQUE (assignment_id, position))",
    u"CREATE TABLE disciplines ({id}, uuid TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, "
    u"member_id {ref} REFERENCES members (id) ON DELETE CASCADE, org_id {ref} REFERENCES organisations (id), "
    u"form TEXT NOT NULL, decision_date TEXT, issuer TEXT NOT NULL, decision TEXT NOT NULL, "
    u"violation TEXT NOT NULL, self_discovered INTEGER NOT NULL, remedied INTEGER NOT NULL, "
    u"CHECK (member_id IS NOT NULL OR org_id IS NOT NULL))",
    u"CREATE INDEX disciplines_member ON disciplines (member_id)",
    u"CREATE INDEX disciplines_org ON disciplines (org_id)",
    u"CREATE TABLE leaves ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, kind TEXT NOT NULL, from_date "
    u"TEXT, "
    u"to_date TEXT, note TEXT NOT NULL)",
    u"CREATE INDEX leaves_member ON leaves (member_id)",
    u"CREATE TABLE dues (member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, "
    u"month TEXT NOT NULL, state TEXT NOT NULL, amount BIGINT NOT NULL, PRIMARY KEY (member_id, month))",
    u"CREATE TABLE violations ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} NOT NULL REFERENCES members (id) ON DELETE CASCADE, violation_date TEXT, "
    u"kind TEXT NOT NULL, note TEXT NOT NULL)",
    u"CREATE INDEX violations_member ON violations (member_id)",
    u"CREATE TABLE commendations ({id}, uuid TEXT NOT NULL UNIQUE, "
    u"member_id {ref} REFERENCES members (id) ON DELETE CASCADE, org_id {ref} REFERENCES organisations (id), "
    u"commendation_date TEXT, title TEXT NOT NULL, issuer TEXT NOT NULL, decision TEXT NOT NULL, "
    u"CHECK (member_id IS NOT NULL OR org_id IS NOT NULL))",
    u"CREATE INDEX commendations_member ON commendations (member_id)",
    u"CREATE INDEX commendations_org ON commendations (org_id)",
};

} // namespace

QStringList SchemaV1::statements(const SqlDialect& dialect)
{
    return dialect.ddl(V1Ddl);
}

} // namespace chibo
