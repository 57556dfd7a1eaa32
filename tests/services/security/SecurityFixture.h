// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"
#include "services/Workspace.h"

#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace chibo::test {

/// The demo commune of Ea Sin with its accounts (DemoAccounts), opened; the sessions of each demo account.
struct SecurityFixture {
    SecurityFixture();

    QString path() const { return dir.filePath(QStringLiteral("demo.sqlite")); }
    Session signIn(const QString& userName) const;
    /// Runs `sql` on the database's own connection, as someone editing the file by hand would.
    bool execute(const QString& sql) const;
    /// The number of audit entries.
    qint64 auditEntries() const;

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QUuid eaKring; ///< Chi bộ buôn Ea Kring, kept by bithu.eakring
    QUuid thon1;   ///< Chi bộ thôn 1
};

} // namespace chibo::test
