// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RecordRemover.h"

#include "storage/Database.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"

namespace chibo {

RecordRemover::Info RecordRemover::infoOf(Table table)
{
    switch (table) {
    case Table::Organisations: return {QStringLiteral("organisations"), QStringLiteral("name")};
    case Table::Members: return {QStringLiteral("members"), QStringLiteral("full_name")};
    case Table::Meetings: return {QStringLiteral("meetings"), QStringLiteral("meeting_date")};
    case Table::Targets: return {QStringLiteral("targets"), QStringLiteral("title")};
    case Table::Assignments: return {QStringLiteral("assignments"), QStringLiteral("task")};
    case Table::Disciplines: return {QStringLiteral("disciplines"), QStringLiteral("decision")};
    case Table::Leaves: return {QStringLiteral("leaves"), QStringLiteral("from_date")};
    case Table::Violations: return {QStringLiteral("violations"), QStringLiteral("violation_date")};
    case Table::Commendations: break;
    }
    return {QStringLiteral("commendations"), QStringLiteral("title")};
}

Status RecordRemover::remove(Table table, const QUuid& id, const QString& format) const
{
    const Result<bool> removed = removeIfPresent(table, id, format);
    if (!removed)
        return removed.error();
    if (!*removed) {
        const QString uuid = SqlValues::uuidText(id);
        return SqlErrors::notFound(format, uuid, SqlErrors::location(infoOf(table).table, uuid));
    }
    return {};
}

Result<bool> RecordRemover::removeIfPresent(Table table, const QUuid& id, const QString& format) const
{
    const Info info = infoOf(table);
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(info.table));
    if (!remove.exec({SqlValues::uuid(id)})) {
        return SqlErrors::failed(m_db.dialect(), remove.error(), format, nameOf(info, id),
                                 SqlErrors::location(info.table, SqlValues::uuidText(id)));
    }
    const bool removed = remove.rowsAffected() > 0;
    // Ratings name their subject by uuid, not by reference: they go with the member, organisation or
    // meeting they rate.
    const bool rateable =
        table == Table::Members || table == Table::Organisations || table == Table::Meetings;
    if (removed && rateable) {
        SqlStatement ratings(m_db, QStringLiteral("DELETE FROM ratings WHERE subject = ?"));
        if (!ratings.exec({SqlValues::uuid(id)}))
            return SqlErrors::failed(m_db.dialect(), ratings.error(), format, SqlValues::uuidText(id),
                                     SqlErrors::location(info.table, SqlValues::uuidText(id)));
    }
    return removed;
}

QString RecordRemover::nameOf(const Info& info, const QUuid& id) const
{
    // Only on the error path: the message should name the record the way people know it.
    SqlStatement select(m_db,
                        QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(info.nameColumn, info.table));
    if (select.exec({SqlValues::uuid(id)}) && select.next()) {
        const QString name = select.value(0).toString();
        select.finish();
        if (!name.trimmed().isEmpty())
            return name;
    }
    return SqlValues::uuidText(id);
}

} // namespace chibo
