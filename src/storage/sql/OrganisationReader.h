// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

class Database;

/// Loads the organisations in the organisation scope (ScopeTables) with their terms: two queries, in
/// canonical order (DatasetOrder).
class OrganisationReader {
    Q_DECLARE_TR_FUNCTIONS(OrganisationReader)

public:
    explicit OrganisationReader(const Database& db)
        : m_db(db)
    {}

    Result<QList<Organisation>> read() const;

private:
    const Database& m_db;
};

} // namespace chibo
