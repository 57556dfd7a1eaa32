// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace chibo {

class SqlDialect;

/// One step of the schema's history: what brings a database from version - 1 to `version`. The Migrator
/// runs `apply` inside a transaction that also records the new version, so a step happens entirely or not
/// at all.
struct MigrationStep {
    int version = 0;
    QString description;
    std::function<Status(QSqlDatabase&, const SqlDialect&)> apply;
};

} // namespace chibo
