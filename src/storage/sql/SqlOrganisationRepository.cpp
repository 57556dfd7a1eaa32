// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlOrganisationRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/OrganisationReader.h"
#include "storage/sql/OrganisationWriter.h"
#include "storage/sql/RecordRemover.h"
#include "storage/sql/ScopeTables.h"
#include "storage/sql/TransactionScope.h"

namespace chibo {

Result<QList<Organisation>> SqlOrganisationRepository::all() const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<Organisation>> {
        if (Status status = ScopeTables(m_db).setAllOrganisations(); !status)
            return status.error();
        return OrganisationReader(m_db).read();
    });
}

Result<QList<Organisation>> SqlOrganisationRepository::lineage(const QUuid& id) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<Organisation>> {
        if (Status status = ScopeTables(m_db).setLineage(id); !status)
            return status.error();
        return OrganisationReader(m_db).read();
    });
}

Status SqlOrganisationRepository::insert(const Organisation& org)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return OrganisationWriter(m_db, ids).insert(org);
    });
}

Status SqlOrganisationRepository::update(const Organisation& org)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return OrganisationWriter(m_db, ids).update(org);
    });
}

Status SqlOrganisationRepository::remove(const QUuid& id)
{
    return RecordRemover(m_db).remove(RecordRemover::Table::Organisations, id,
                                      tr("Could not remove organisation %1: %2"));
}

} // namespace chibo
