// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "storage/Transaction.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

QString pragma(const Database& db, const QString& name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"PRAGMA " + name));
    REQUIRE(query.next());
    return query.value(0).toString();
}

bool hasOrganisation(Storage& storage, const QString& name)
{
    const auto all = storage.organisations().all();
    REQUIRE(all.ok());
    for (const Organisation& org : *all) {
        if (org.name == name)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A new database file is created at the latest version with foreign keys and WAL")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chibo.db"));
    auto db = openFile(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    CHECK(db->path() == path);
    CHECK(pragma(*db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(*db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT version FROM schema_meta")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == Database::latestSchemaVersion());
    query.finish();
    db.reset();

    auto again = openFile(path); // reopening an up-to-date file changes nothing and writes no backup
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("In-memory databases are migrated, private, and each has its own connection")
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto first = openMemory();
        auto second = openMemory();
        CHECK(first->schemaVersion() == Database::latestSchemaVersion());
        CHECK(first->path().isEmpty());
        CHECK(first->connection().connectionName() != second->connection().connectionName());
        CHECK(pragma(*first, QStringLiteral("foreign_keys")) == QStringLiteral("1"));

        Storage one(*first);
        Storage two(*second);
        REQUIRE(one.organisations().insert(
            anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::GrassrootsCell)));
        CHECK(hasOrganisation(one, QStringLiteral("Chi bộ buôn Ea Kring")));
        CHECK_FALSE(hasOrganisation(two, QStringLiteral("Chi bộ buôn Ea Kring")));
        CHECK(QSqlDatabase::connectionNames().size() == before.size() + 2);
    }
    // The destructor removes the connection it added.
    CHECK(QSqlDatabase::connectionNames() == before);
}

TEST_CASE("A database with a newer schema than this build knows is refused and left byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    openFile(path).reset();
    const int newer = Database::latestSchemaVersion() + 5;
    REQUIRE(runSql(path, {QStringLiteral("UPDATE schema_meta SET version = %1").arg(newer)}));
    const QByteArray bytes = fileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());

    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        const auto opened = Database::openSqlite(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == QStringLiteral("storage.newer-schema"));
        CHECK(opened.error().message.contains(QString::number(newer)));
        CHECK(opened.error().message.contains(QString::number(Database::latestSchemaVersion())));
    }
    CHECK(fileBytes(path) == bytes);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A file that is not a SQLite database is refused and left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray text = QStringLiteral("Biên bản sinh hoạt chi bộ tháng 3 — không phải cơ sở dữ liệu.\n")
                                .toUtf8()
                                .repeated(80);
    file.write(text);
    file.close();

    const auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("storage.not-a-database"));
    CHECK(opened.error().message.contains(path));
    CHECK(fileBytes(path) == text);

    const auto directory = Database::openSqlite(dir.path());
    REQUIRE_FALSE(directory.ok());
    CHECK(directory.error().code == QStringLiteral("storage.io"));
}

TEST_CASE("A SQLite database that ChiBo did not create is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    REQUIRE(runSql(path, {QStringLiteral("CREATE TABLE khach_hang (ten TEXT)"),
                          QStringLiteral("INSERT INTO khach_hang VALUES ('Đặng Thị Bình')")}));
    const QByteArray bytes = fileBytes(path);
    const auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("storage.not-chibo"));
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("Read-only mode reads a current database, refuses writes and never migrates")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chibo.db"));
    {
        auto db = openFile(path);
        Storage storage(*db);
        REQUIRE(storage.insertDataset(sampleDataset()));
    }
    {
        auto opened = Database::openSqlite(path, Database::Mode::ReadOnly);
        REQUIRE(opened.ok());
        Storage storage(**opened);
        const auto members = storage.members().all();
        REQUIRE(members.ok());
        CHECK(members->size() == sampleDataset().members.size());
        const Status write = storage.organisations().insert(
            anOrganisation(QStringLiteral("Chi bộ thôn 5"), OrgKind::SubordinateCell, eaSin()));
        REQUIRE_FALSE(write.ok());
        CHECK(write.error().code == QStringLiteral("storage.read-only"));
    }

    const auto missing =
        Database::openSqlite(dir.filePath(QStringLiteral("missing.db")), Database::Mode::ReadOnly);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("storage.io"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));

    const QString old = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(runSqlFile(old, fixturePath(QStringLiteral("schema_v1.sql"))));
    const QByteArray oldBytes = fileBytes(old);
    const auto outdated = Database::openSqlite(old, Database::Mode::ReadOnly);
    REQUIRE_FALSE(outdated.ok());
    CHECK(outdated.error().code == QStringLiteral("storage.needs-upgrade"));
    CHECK(fileBytes(old) == oldBytes);
    CHECK(queryValue(old, QStringLiteral("SELECT version FROM schema_meta")) == QStringLiteral("1"));
}

TEST_CASE("A transaction rolls back on destruction and nested transactions are savepoints")
{
    auto db = openMemory();
    Storage storage(*db);
    const Organisation kring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::GrassrootsCell);
    const Organisation thon = anOrganisation(QStringLiteral("Chi bộ thôn 3"), OrgKind::GrassrootsCell);
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        REQUIRE(storage.organisations().insert(kring));
        CHECK(db->transactionDepth() == 1);
    }
    CHECK(db->transactionDepth() == 0);
    CHECK_FALSE(hasOrganisation(storage, kring.name));

    {
        Transaction outer(*db);
        REQUIRE(storage.organisations().insert(kring));
        {
            Transaction inner(*db);
            REQUIRE(inner.isActive());
            CHECK(db->transactionDepth() == 2);
            REQUIRE(storage.organisations().insert(thon));
        } // inner rolled back to its savepoint; outer goes on
        CHECK(db->transactionDepth() == 1);
        REQUIRE(outer.commit());
        const Status again = outer.commit();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("storage.transaction"));
    }
    CHECK(hasOrganisation(storage, kring.name));
    CHECK_FALSE(hasOrganisation(storage, thon.name));
    CHECK_FALSE(db->commit().ok());
    CHECK_FALSE(db->rollback().ok());
}
