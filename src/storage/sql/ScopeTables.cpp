// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/ScopeTables.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"

#include <QSet>

namespace chibo {

namespace {

const QString Orgs = QStringLiteral("chibo_scope_orgs");
const QString Members = QStringLiteral("chibo_scope_members");
const QString Meetings = QStringLiteral("chibo_scope_meetings");

} // namespace

ScopeTables::ScopeTables(const Database& db)
    : m_db(db)
{}

Status ScopeTables::setOrganisations(const QList<QUuid>& ids)
{
    return fillByUuid(Orgs, QStringLiteral("organisations"), ids);
}

Status ScopeTables::setAllOrganisations()
{
    return fill(Orgs, QStringLiteral("INSERT INTO chibo_scope_orgs (id) SELECT id FROM organisations"));
}

Status ScopeTables::setSubtree(const QUuid& rootId)
{
    // UNION (not UNION ALL) ends the recursion even if parent links ever formed a cycle.
    const Status status = fill(Orgs,
                               QStringLiteral("WITH RECURSIVE subtree (id) AS ("
                                              "SELECT id FROM organisations WHERE uuid = ? "
                                              "UNION SELECT o.id FROM organisations o "
                                              "JOIN subtree s ON o.parent_id = s.id) "
                                              "INSERT INTO chibo_scope_orgs (id) SELECT id FROM subtree"),
                               {SqlValues::uuid(rootId)});
    if (!status)
        return status;
    SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM chibo_scope_orgs"));
    if (!count.exec() || !count.next())
        return SqlErrors::failed(m_db.dialect(), count.error(),
                                 tr("Could not select the organisations to load: %1"));
    if (count.value(0).toLongLong() == 0) {
        return SqlErrors::notFound(
            tr("Could not load the organisation %1: %2"), SqlValues::uuidText(rootId),
            SqlErrors::location(QStringLiteral("organisations"), SqlValues::uuidText(rootId)));
    }
    return {};
}

Status ScopeTables::setLineage(const QUuid& id)
{
    // UNION (not UNION ALL) ends the walk up even if parent links ever formed a cycle.
    return fill(Orgs,
                QStringLiteral("WITH RECURSIVE lineage (id, parent_id) AS ("
                               "SELECT id, parent_id FROM organisations WHERE uuid = ? "
                               "UNION SELECT o.id, o.parent_id FROM organisations o "
                               "JOIN lineage l ON o.id = l.parent_id) "
                               "INSERT INTO chibo_scope_orgs (id) SELECT id FROM lineage"),
                {SqlValues::uuid(id)});
}

Status ScopeTables::setMembers(const QList<QUuid>& ids)
{
    return fillByUuid(Members, QStringLiteral("members"), ids);
}

Status ScopeTables::setAllMembers()
{
    return fill(Members, QStringLiteral("INSERT INTO chibo_scope_members (id) SELECT id FROM members"));
}

Status ScopeTables::setMembersRegisteredInOrganisations()
{
    return fill(Members,
                QStringLiteral("INSERT INTO chibo_scope_members (id) SELECT DISTINCT member_id "
                               "FROM memberships WHERE org_id IN (SELECT id FROM chibo_scope_orgs)"));
}

Status ScopeTables::setMeetings(const QList<QUuid>& ids)
{
    return fillByUuid(Meetings, QStringLiteral("meetings"), ids);
}

Status ScopeTables::setAllMeetings()
{
    return fill(Meetings, QStringLiteral("INSERT INTO chibo_scope_meetings (id) SELECT id FROM meetings"));
}

Status ScopeTables::setMeetingsOfOrganisations(QDate from, QDate to)
{
    // The bounds change the statement's shape, never its values: those are bound.
    QString sql = QStringLiteral("INSERT INTO chibo_scope_meetings (id) SELECT id FROM meetings "
                                 "WHERE org_id IN (SELECT id FROM chibo_scope_orgs)");
    QVariantList values;
    if (from.isValid()) {
        sql += QStringLiteral(" AND meeting_date >= ?");
        values.append(SqlValues::date(from));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND meeting_date <= ?");
        values.append(SqlValues::date(to));
    }
    return fill(Meetings, sql, values);
}

Status ScopeTables::setLatestMeetingBefore(const QUuid& orgId, QDate day, MeetingKind preferred)
{
    // The index meetings_org_date serves the search; the uuid breaks ties of one day deterministically.
    return fill(Meetings,
                QStringLiteral("INSERT INTO chibo_scope_meetings (id) SELECT m.id FROM meetings m "
                               "WHERE m.org_id = (SELECT id FROM organisations WHERE uuid = ?) "
                               "AND m.meeting_date < ? "
                               "ORDER BY CASE WHEN m.kind = ? THEN 0 ELSE 1 END, m.meeting_date DESC, "
                               "m.uuid DESC LIMIT 1"),
                {SqlValues::uuid(orgId), SqlValues::date(day), SqlValues::code(preferred)});
}

Status ScopeTables::reset(const QString& table)
{
    SqlStatement create(m_db, m_db.dialect().createTemporaryIdTable(table));
    SqlStatement clear(m_db, u"DELETE FROM " + table);
    if (!create.exec())
        return SqlErrors::failed(m_db.dialect(), create.error(),
                                 tr("Could not select the records to load: %1"));
    if (!clear.exec())
        return SqlErrors::failed(m_db.dialect(), clear.error(),
                                 tr("Could not select the records to load: %1"));
    return {};
}

Status ScopeTables::fill(const QString& table, const QString& sql, const QVariantList& values)
{
    if (Status status = reset(table); !status)
        return status;
    SqlStatement insert(m_db, sql);
    if (!insert.exec(values))
        return SqlErrors::failed(m_db.dialect(), insert.error(),
                                 tr("Could not select the records to load: %1"));
    return {};
}

Status ScopeTables::fillByUuid(const QString& table, const QString& source, const QList<QUuid>& ids)
{
    if (Status status = reset(table); !status)
        return status;
    // One prepared insert reused for every id; unknown ids select nothing and are skipped.
    SqlStatement insert(
        m_db, QStringLiteral("INSERT INTO %1 (id) SELECT id FROM %2 WHERE uuid = ?").arg(table, source));
    QSet<QUuid> seen;
    seen.reserve(ids.size());
    for (const QUuid& id : ids) {
        if (id.isNull() || seen.contains(id))
            continue;
        seen.insert(id);
        if (!insert.exec({SqlValues::uuid(id)}))
            return SqlErrors::failed(m_db.dialect(), insert.error(),
                                     tr("Could not select the records to load: %1"));
    }
    return {};
}

} // namespace chibo
