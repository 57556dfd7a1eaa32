// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>

namespace chibo {

class Database;
class IdResolver;

/// Writes organisations with their terms; the prepared statements serve every organisation of a bulk
/// insert. Joins whatever transaction is open.
class OrganisationWriter {
    Q_DECLARE_TR_FUNCTIONS(OrganisationWriter)

public:
    OrganisationWriter(const Database& db, IdResolver& ids);

    Status insert(const Organisation& org);
    /// Replaces the row and its terms; "storage.not-found" when the organisation is not stored.
    Status update(const Organisation& org);

private:
    Result<QVariantList> values(const Organisation& org);
    Status writeTerms(qint64 orgId, const Organisation& org);
    Error failed(const QSqlError& error, const Organisation& org) const;
    Error failed(const Error& cause, const Organisation& org) const;

    const Database& m_db;
    IdResolver& m_ids;
    SqlStatement m_insert;
    SqlStatement m_update;
    SqlStatement m_deleteTerms;
    SqlStatement m_insertTerm;
};

} // namespace chibo
