// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/RatingReader.h"

#include "storage/DatasetOrder.h"
#include "storage/sql/SqlSelect.h"

namespace chibo {

using namespace Qt::StringLiterals;

Result<QList<Rating>> RatingReader::inScopes() const
{
    // CROSS JOIN keeps the scope table outermost: SQLite has no statistics on the temporary tables and
    // otherwise scans every uuid of the table (a province's 100,000 members for each commune loaded).
    return read(
        u"r.subject IN (SELECT o.uuid FROM chibo_scope_orgs s CROSS JOIN organisations o ON o.id = s.id) "
        u"OR r.subject IN (SELECT m.uuid FROM chibo_scope_members s CROSS JOIN members m ON m.id = s.id) "
        u"OR r.subject IN (SELECT t.uuid FROM chibo_scope_meetings s CROSS JOIN meetings t ON t.id = s.id)"_s);
}

Result<QList<Rating>> RatingReader::ofScopedUuids() const
{
    return read(u"r.subject IN (SELECT uuid FROM chibo_scope_uuids)"_s);
}

Result<QList<Rating>> RatingReader::read(const QString& where) const
{
    const QString sql =
        u"SELECT r.uuid, r.criteria_id, r.indicator_id, r.subject, r.period, r.value, r.note, "
        u"r.entered_by, r.entered_on FROM ratings r WHERE "_s +
        where;
    QList<Rating> ratings;
    const Status status =
        SqlSelect::each(m_db, sql, tr("Could not load the ratings: %1"), [&](RowReader& row) -> Status {
            Rating rating{row.uuid(0), row.text(1), row.text(2), row.uuid(3), row.text(4),
                          row.text(5), row.text(6), row.text(7), row.date(8)};
            if (!row.ok())
                return row.error(u"ratings/" + row.text(0));
            ratings.append(std::move(rating));
            return {};
        });
    if (!status)
        return status.error();
    DatasetOrder::sort(ratings);
    return ratings;
}

} // namespace chibo
