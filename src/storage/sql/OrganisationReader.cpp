// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/OrganisationReader.h"

#include "storage/DatasetOrder.h"
#include "storage/sql/SqlSelect.h"

#include <QHash>

namespace chibo {

namespace {

const QString SelectOrganisations = QStringLiteral(
    "SELECT o.id, o.uuid, p.uuid, o.name, o.kind, o.cell_type, o.locality, o.short_name, o.established_on "
    "FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id "
    "WHERE o.id IN (SELECT id FROM chibo_scope_orgs)");
const QString SelectTerms = QStringLiteral("SELECT org_id, uuid, from_date, to_date, label FROM org_terms "
                                           "WHERE org_id IN (SELECT id FROM chibo_scope_orgs) "
                                           "ORDER BY org_id, position");

} // namespace

Result<QList<Organisation>> OrganisationReader::read() const
{
    const QString failFormat = tr("Could not load the organisations: %1");
    QList<Organisation> organisations;
    QHash<qint64, qsizetype> indexById;
    Status status = SqlSelect::each(m_db, SelectOrganisations, failFormat, [&](RowReader& row) -> Status {
        Organisation org;
        org.id = row.uuid(1);
        org.parentId = row.uuid(2);
        org.name = row.text(3);
        org.kind = row.code<OrgKind>(4);
        org.cellType = row.code<CellType>(5);
        org.locality = row.text(6);
        org.shortName = row.text(7);
        org.establishedOn = row.date(8);
        if (!row.ok())
            return row.error(u"organisations/" + row.text(1));
        indexById.insert(row.integer(0), organisations.size());
        organisations.append(std::move(org));
        return {};
    });
    if (!status)
        return status.error();
    status = SqlSelect::each(m_db, SelectTerms, failFormat, [&](RowReader& row) -> Status {
        const OrgTerm term{row.uuid(1), row.date(2), row.date(3), row.text(4)};
        if (!row.ok())
            return row.error(u"org_terms/" + row.text(1));
        organisations[indexById.value(row.integer(0))].terms.append(term);
        return {};
    });
    if (!status)
        return status.error();
    DatasetOrder::sort(organisations);
    return organisations;
}

} // namespace chibo
