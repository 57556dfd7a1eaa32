// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/OrganisationRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// OrganisationRepository in portable SQL.
class SqlOrganisationRepository final : public OrganisationRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlOrganisationRepository)

public:
    explicit SqlOrganisationRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Organisation>> all() const override;
    Result<QList<Organisation>> lineage(const QUuid& id) const override;
    Status insert(const Organisation& org) override;
    Status update(const Organisation& org) override;
    /// Removes the organisation and its terms; refused ("storage.constraint") while anything else refers
    /// to it (child organisations, registrations, meetings, records).
    Status remove(const QUuid& id) override;

private:
    Database& m_db;
};

} // namespace chibo
