// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/Storage.h"
#include "storage/sqlite/SqliteIntegrity.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

TEST_CASE("A new database passes SQLite's checks and reports the settings a crash depends on")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("checked.chibo")));
    REQUIRE(db.ok());
    const auto report = SqliteIntegrity::check(**db);
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->integrityProblems.isEmpty());
    CHECK(report->journalMode == QStringLiteral("wal"));
    // Not set by ChiBo: Debian's SQLite defaults to FULL, which docs/crash-safety.md relies on.
    CHECK(report->synchronous == 2);
    CHECK(report->sqliteVersion.startsWith(QStringLiteral("3.")));
}

TEST_CASE("A row whose parent is gone is reported by the foreign key check")
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("orphan.chibo")));
    REQUIRE(db.ok());
    Storage storage(**db);
    const Organisation commune =
        anOrganisation(QString::fromUtf8("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    const Organisation cell =
        anOrganisation(QString::fromUtf8("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id);
    REQUIRE(storage.organisations().insert(commune).ok());
    REQUIRE(storage.organisations().insert(cell).ok());
    // What a broken write could leave if foreign keys were not enforced.
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(query.exec(QString::fromUtf8("DELETE FROM organisations WHERE name = 'Đảng bộ xã Ea Sin'")));
    const auto report = SqliteIntegrity::check(**db);
    REQUIRE(report.ok());
    CHECK_FALSE(report->ok());
    REQUIRE(report->foreignKeyProblems.size() == 1);
    CHECK(report->foreignKeyProblems.constFirst().startsWith(QStringLiteral("organisations | ")));
    CHECK(report->integrityProblems.isEmpty());
}
