// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/OnlineBackup.h"

#include <QCoreApplication>

struct sqlite3;

namespace chibo {

/// OnlineBackup on QSQLITE's own sqlite3 handle, with sqlite3_backup_init/step/finish. A copy is taken in
/// one step, so it is one consistent snapshot even while other connections write (WAL lets them go on).
class SqliteBackup final : public OnlineBackup {
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    /// `connection` is the open handle of the Qt connection; it must outlive this object.
    explicit SqliteBackup(sqlite3* connection);

    Status copyTo(const QString& target) override;
    Result<int> inspect(const QString& source, int latestVersion) override;
    Status copyFrom(const QString& source) override;

private:
    sqlite3* m_connection;
};

} // namespace chibo
