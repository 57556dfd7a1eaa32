// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/MigrationStep.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace chibo {

class SqlDialect;

/// Brings a connection's schema to a version by running the steps of Migrations in order, each in its own
/// transaction together with its version bump in schema_meta. Works on a bare connection so that tests
/// can build a database at any earlier version.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static int latestVersion();
    /// 0 for an empty database; an Error ("storage.not-chibo") when it has tables but no schema_meta.
    static Result<int> currentVersion(QSqlDatabase& db, const SqlDialect& dialect);
    /// Applies every step above the current version up to `targetVersion`. Never goes down.
    static Status migrate(QSqlDatabase& db, const SqlDialect& dialect, int targetVersion);

private:
    static Status applyStep(QSqlDatabase& db, const SqlDialect& dialect, const MigrationStep& step);
};

} // namespace chibo
