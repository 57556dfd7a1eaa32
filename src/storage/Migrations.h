// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/MigrationStep.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// The schema's history, oldest first; the last step's version is the latest schema version. A step is
/// never edited once released: changes go into a new step (see docs/storage.md, "Adding a migration").
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static QList<MigrationStep> steps();

private:
    static Status createSchema(QSqlDatabase& db, const SqlDialect& dialect);
    static Status addMemberSearchKey(QSqlDatabase& db, const SqlDialect& dialect);
    static Status addScoring(QSqlDatabase& db, const SqlDialect& dialect);
    static Status addRecycleBinAndLocks(QSqlDatabase& db, const SqlDialect& dialect);
    static Status addDocumentRegister(QSqlDatabase& db, const SqlDialect& dialect);
    static Status addAccountsAndAudit(QSqlDatabase& db, const SqlDialect& dialect);
};

} // namespace chibo
