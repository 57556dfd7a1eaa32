// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/DatabaseBackup.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

Dataset everything(Database& db)
{
    auto loaded = Storage(db).loadAll();
    REQUIRE(loaded.ok());
    return *loaded;
}

/// A database file holding the sample dataset.
std::unique_ptr<Database> sampleFile(const QString& path)
{
    auto db = openFile(path);
    REQUIRE(Storage(*db).insertDataset(sampleDataset()).ok());
    return db;
}

void addOrganisation(Database& db, const QString& name)
{
    REQUIRE(Storage(db).organisations().insert(anOrganisation(name, OrgKind::GrassrootsCell)).ok());
}

/// Writes `bytes` over the file at `offset` (a damaged sector).
void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A copy taken while the database is open holds exactly its records in one file")
{
    QTemporaryDir dir;
    auto db = sampleFile(dir.filePath(QStringLiteral("chibo.sqlite")));
    // Another connection reading meanwhile does not stop the copy.
    auto reader = Database::openSqlite(db->path(), Database::Mode::ReadOnly);
    REQUIRE(reader.ok());
    QSqlQuery reading((*reader)->connection());
    REQUIRE(reading.exec(QStringLiteral("SELECT full_name FROM members")));
    REQUIRE(reading.next());

    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(DatabaseBackup::copyTo(*db, target).ok());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".part")));
    CHECK(queryValue(target, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("delete"));
    auto copy = openFile(target);
    CHECK(everything(*copy) == everything(*db));
    CHECK(copy->schemaVersion() == Database::latestSchemaVersion());

    SECTION("an existing file is never overwritten")
    {
        const QByteArray before = fileBytes(target);
        const Status again = DatabaseBackup::copyTo(*db, target);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("storage.backup"));
        CHECK(fileBytes(target) == before);
    }
}

TEST_CASE("Restoring a backup replaces the whole content and the connection keeps working")
{
    QTemporaryDir dir;
    auto db = sampleFile(dir.filePath(QStringLiteral("chibo.sqlite")));
    const Dataset saved = everything(*db);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(DatabaseBackup::copyTo(*db, backup).ok());
    addOrganisation(*db, QStringLiteral("Chi bộ thôn Ea Tu"));
    REQUIRE(everything(*db) != saved);
    auto other = openFile(db->path()); // a second connection, as the window's list loader keeps

    REQUIRE(DatabaseBackup::restoreFrom(*db, backup).ok());
    CHECK(everything(*db) == saved);
    CHECK(everything(*other) == saved);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    // The same connection writes on.
    addOrganisation(*db, QStringLiteral("Chi bộ buôn Ko Siêr"));
    CHECK(everything(*db).organisations.size() == saved.organisations.size() + 1);
}

TEST_CASE("Restoring a backup of an older schema brings it up to date")
{
    QTemporaryDir dir;
    auto db = sampleFile(dir.filePath(QStringLiteral("chibo.sqlite")));
    const QString old = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(runSqlFile(old, fixturePath(QStringLiteral("schema_v1.sql"))));
    REQUIRE(DatabaseBackup::check(*db, old).ok());
    CHECK(*DatabaseBackup::check(*db, old) == 1);

    REQUIRE(DatabaseBackup::restoreFrom(*db, old).ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT version FROM schema_meta")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Database::latestSchemaVersion());
    query.finish();
    CHECK(everything(*db).members.size() == 3);
}

TEST_CASE("A damaged file or one of a newer schema is refused and the database is unchanged")
{
    QTemporaryDir dir;
    auto db = sampleFile(dir.filePath(QStringLiteral("chibo.sqlite")));
    const Dataset saved = everything(*db);
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    REQUIRE(DatabaseBackup::copyTo(*db, bad).ok());
    addOrganisation(*db, QStringLiteral("Chi bộ thôn Ea Tu"));
    const Dataset current = everything(*db);
    QString expectedCode;

    SECTION("a newer schema")
    {
        REQUIRE(runSql(bad, {QStringLiteral("UPDATE schema_meta SET version = %1")
                                 .arg(Database::latestSchemaVersion() + 1)}));
        expectedCode = QStringLiteral("storage.newer-schema");
    }
    SECTION("damaged pages")
    {
        overwrite(bad, 4096 * 3 + 16, QByteArray(2000, '\x5a'));
        expectedCode = QStringLiteral("storage.corrupt");
    }
    SECTION("not a database at all")
    {
        QFile::remove(bad);
        QFile text(bad);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Biên bản họp chi bộ tháng 11\n");
        text.close();
        expectedCode = QStringLiteral("storage.not-a-database");
    }
    SECTION("a SQLite database that is not ChiBo's")
    {
        QFile::remove(bad);
        REQUIRE(runSql(bad, {QStringLiteral("CREATE TABLE notes (text TEXT)")}));
        expectedCode = QStringLiteral("storage.not-chibo");
    }
    const Result<int> checked = DatabaseBackup::check(*db, bad);
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().code == expectedCode);
    const Status restored = DatabaseBackup::restoreFrom(*db, bad);
    REQUIRE_FALSE(restored.ok());
    INFO(restored.error().message.toStdString());
    CHECK(restored.error().code == expectedCode);
    CHECK(restored.error().message.contains(bad));
    CHECK(everything(*db) == current);
    addOrganisation(*db, QStringLiteral("Chi bộ buôn Ko Siêr"));
}

TEST_CASE("Nothing is copied or restored inside a transaction or from the database itself")
{
    QTemporaryDir dir;
    auto db = sampleFile(dir.filePath(QStringLiteral("chibo.sqlite")));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(DatabaseBackup::copyTo(*db, backup).ok());
    REQUIRE(db->begin().ok());
    CHECK(DatabaseBackup::copyTo(*db, dir.filePath(QStringLiteral("second.sqlite"))).error().code ==
          QStringLiteral("storage.transaction"));
    CHECK(DatabaseBackup::restoreFrom(*db, backup).error().code == QStringLiteral("storage.transaction"));
    REQUIRE(db->rollback().ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("second.sqlite"))));
    CHECK(DatabaseBackup::restoreFrom(*db, db->path()).error().code == QStringLiteral("storage.restore"));
}
