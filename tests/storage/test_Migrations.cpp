// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/Migrations.h"
#include "storage/Migrator.h"
#include "storage/Storage.h"
#include "storage/sqlite/SqliteDialect.h"
#include "support/Catch.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

/// Builds a file at `version` by running the real migration steps on a bare connection.
void migrateBare(const QString& path, int version)
{
    const QString name = QStringLiteral("migrate-bare");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const SqliteDialect dialect;
        const Status status = Migrator::migrate(db, dialect, version);
        INFO((status.ok() ? QString() : status.error().toString()));
        REQUIRE(status.ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QUuid uuid(const char* text)
{
    return QUuid::fromString(QLatin1String(text));
}

/// Ids of the fixtures' records.
const QUuid FixtureAn = uuid("5e6f7a8b-1c2d-4e3f-9a4b-5c6d7e8f9a01");
const QUuid FixtureEaKring = uuid("7c2e9a10-5b3d-4e2f-8a1c-1d7f6b8e9c02");
const QUuid FixtureMeeting = uuid("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6");

/// What the fixture of `version` holds, as the latest code loads it: the records of schema_v1.sql, and
/// from version 3 on the ratings of schema_v3.sql.
Dataset fixtureDataset(int version)
{
    Dataset dataset = fixtureV1Dataset();
    if (version >= 3) {
        const QString an = QStringLiteral("Nguyễn Văn An");
        dataset.ratings = {{uuid("c0ffee00-0000-4000-8000-000000000b01"), QStringLiteral("dang-vien-5-tot"),
                            QStringLiteral("tu-danh-gia"), FixtureAn, QStringLiteral("2025"),
                            QStringLiteral("tot"), QStringLiteral("Tự đánh giá cuối năm"), an,
                            QDate(2025, 12, 10)},
                           {uuid("c0ffee00-0000-4000-8000-000000000b02"),
                            QStringLiteral("chi-bo-bon-tot"),
                            QStringLiteral("lanh-dao-nhiem-vu-chinh-tri"),
                            FixtureEaKring,
                            QStringLiteral("2025"),
                            QStringLiteral("tot"),
                            {},
                            an,
                            QDate(2025, 12, 12)},
                           {uuid("c0ffee00-0000-4000-8000-000000000b03"),
                            QStringLiteral("chat-luong-sinh-hoat-hd12"),
                            QStringLiteral("chi-uy-hop-truoc"),
                            uuid("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
                            {},
                            QStringLiteral("yes"),
                            {},
                            an,
                            QDate(2025, 3, 6)}};
        canonicalise(dataset);
    }
    return dataset;
}

/// The result and the decision of schema_v3.sql, read back through the repositories.
void checkScoringRowsKept(const Storage& storage)
{
    const auto decisions = storage.decisions().history(FixtureAn);
    REQUIRE(decisions.ok());
    REQUIRE(decisions->size() == 1);
    CHECK(decisions->first().decidedLevel == QStringLiteral("htxs"));
    const auto result = storage.results().resultFor(QStringLiteral("xep-loai-dang-vien-qd366"), FixtureAn,
                                                    QStringLiteral("2025"));
    REQUIRE(result.ok());
    REQUIRE(result->has_value());
    CHECK((*result)->total == QStringLiteral("173/2"));
}

/// Step 5 added the register of issued documents, empty and ready for use.
void checkDocumentRegisterReady(const Storage& storage)
{
    const QUuid commune = uuid("3b1d8f0e-6a4c-4c1e-9d2b-0f6e5a7c8b91");
    REQUIRE(storage.documents().ofOrganisation(commune)->isEmpty());
    const IssuedDocument report{uuid("c0ffee00-0000-4000-8000-000000000e01"),
                                commune,
                                QStringLiteral("BC"),
                                QDate(2020, 7, 1),
                                1,
                                QStringLiteral("year-report/2024"),
                                QStringLiteral("Kết quả đánh giá, xếp loại chất lượng năm 2024"),
                                QDate(2024, 12, 20),
                                QDateTime(QDate(2024, 12, 20), QTime(3, 0), Qt::UTC),
                                QStringLiteral("Nguyễn Văn Tư")};
    REQUIRE(storage.documents().record(report).ok());
    CHECK(*storage.documents().ofOrganisation(commune) == QList<IssuedDocument>{report});
}

} // namespace

TEST_CASE("The migration steps are numbered 1, 2, … and each is described")
{
    const QList<MigrationStep> steps = Migrations::steps();
    REQUIRE(steps.size() >= 2);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == i + 1);
        CHECK_FALSE(steps[i].description.isEmpty());
        CHECK(bool(steps[i].apply));
    }
    CHECK(Migrator::latestVersion() == steps.last().version);
    CHECK(Database::latestSchemaVersion() == steps.last().version);
}

TEST_CASE("Each fixture has exactly the schema its migration steps create")
{
    QTemporaryDir dir;
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        INFO("schema version " << version);
        const QString fixture = fixturePath(QStringLiteral("schema_v%1.sql").arg(version));
        REQUIRE(QFile::exists(fixture)); // a new migration step needs a fixture of the version before it
        const QString fromFixture = dir.filePath(QStringLiteral("fixture-v%1.db").arg(version));
        REQUIRE(runSqlFile(fromFixture, fixture));
        const QString migrated = dir.filePath(QStringLiteral("migrated-v%1.db").arg(version));
        migrateBare(migrated, version);
        CHECK(queryValue(migrated, QStringLiteral("SELECT version FROM schema_meta")) ==
              QString::number(version));
        CHECK(schemaOf(fromFixture) == schemaOf(migrated));
    }
}

TEST_CASE("A database with data at every earlier version upgrades, keeping the data and backfilling")
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        INFO("upgrading from schema version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chibo.db"));
        REQUIRE(runSqlFile(path, fixturePath(QStringLiteral("schema_v%1.sql").arg(version))));
        const QByteArray before = fileBytes(path);

        auto db = openFile(path);
        CHECK(db->schemaVersion() == Database::latestSchemaVersion());
        Storage storage(*db);
        const auto loaded = storage.loadAll();
        REQUIRE(loaded.ok());
        CHECK(*loaded == fixtureDataset(version));
        // Step 3 added the scoring tables, empty; a version 3 file keeps its rows.
        const QString scoringRows = version >= 3 ? QStringLiteral("1") : QStringLiteral("0");
        for (const char* table : {"score_results", "classification_decisions"})
            CHECK(queryValue(path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ==
                  scoringRows);
        if (version >= 3)
            checkScoringRowsKept(storage);
        // Step 4 added the recycle bin and the locked years, empty and ready for use; a version 4 file
        // keeps its bin entry and its lock of 2024.
        const QString binAndLockRows = version >= 4 ? QStringLiteral("1") : QStringLiteral("0");
        for (const char* table : {"deleted_records", "locked_years"})
            CHECK(queryValue(path, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ==
                  binAndLockRows);
        CHECK(storage.locks().current({FixtureEaKring}, 2024)->size() == (version >= 4 ? 1 : 0));
        const YearLockEntry lock{FixtureEaKring,
                                 2025,
                                 QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC),
                                 QStringLiteral("Nguyễn Văn Tư"),
                                 {},
                                 {},
                                 {}};
        REQUIRE(storage.locks().lock(lock).ok());
        CHECK(storage.locks().current({FixtureEaKring}, 2025)->size() == 1);
        checkDocumentRegisterReady(storage);

        // Step 2 computed the folded search key of the members already there.
        const auto dang = storage.members().search(QStringLiteral("dang thi"));
        REQUIRE(dang.ok());
        CHECK(*dang ==
              QList<QUuid>{QUuid::fromString(QLatin1String("5e6f7a8b-1c2d-4e3f-9a4b-5c6d7e8f9a02"))});
        const auto bhim = storage.members().search(QStringLiteral("BHIM nie"));
        REQUIRE(bhim.ok());
        CHECK(bhim->size() == 1);

        // The backup is the file as it was: same version, same data.
        const QString backup = path + QStringLiteral(".before-v%1.bak").arg(Database::latestSchemaVersion());
        REQUIRE(QFile::exists(backup));
        CHECK(queryValue(backup, QStringLiteral("SELECT version FROM schema_meta")) ==
              QString::number(version));
        CHECK(queryValue(backup,
                         QStringLiteral("SELECT group_concat(full_name, ', ') FROM members ORDER BY id")) ==
              QStringLiteral("Nguyễn Văn An, Đặng Thị Bình, Y Bhim Niê"));
        CHECK(queryValue(backup, QStringLiteral("SELECT count(*) FROM attendance")) == QStringLiteral("3"));
        CHECK(fileBytes(path) != before);
    }
}

TEST_CASE("A backup is written before upgrading an existing database, never for a new one, never overwritten")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("new.db"));
    openFile(fresh).reset();
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    const int latest = Database::latestSchemaVersion();
    const QString path = dir.filePath(QStringLiteral("old.db"));
    for (int round = 1; round <= 2; ++round) {
        QFile::remove(path);
        REQUIRE(runSqlFile(path, fixturePath(QStringLiteral("schema_v1.sql"))));
        REQUIRE(runSql(path, {QStringLiteral("UPDATE members SET note = 'lần %1' WHERE id = 1").arg(round)}));
        openFile(path).reset();
    }
    const QString first = path + QStringLiteral(".before-v%1.bak").arg(latest);
    const QString second = path + QStringLiteral(".before-v%1-2.bak").arg(latest);
    REQUIRE(QFile::exists(first));
    REQUIRE(QFile::exists(second));
    CHECK(queryValue(first, QStringLiteral("SELECT note FROM members WHERE id = 1")) ==
          QStringLiteral("lần 1"));
    CHECK(queryValue(second, QStringLiteral("SELECT note FROM members WHERE id = 1")) ==
          QStringLiteral("lần 2"));
    CHECK(Database::backupPathFor(path, latest) == path + QStringLiteral(".before-v%1-3.bak").arg(latest));
}

TEST_CASE("A migration step that fails leaves the database at its previous version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chibo.db"));
    REQUIRE(runSqlFile(path, fixturePath(QStringLiteral("schema_v1.sql"))));
    // Step 2 adds members.search_key; a column of that name already there makes it fail half-way.
    REQUIRE(runSql(path, {QStringLiteral("ALTER TABLE members ADD COLUMN search_key TEXT")}));

    const auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("storage.sql"));
    CHECK(opened.error().message.contains(QStringLiteral("schema version 2")));
    CHECK(opened.error().message.contains(QStringLiteral("search_key")));
    CHECK(queryValue(path, QStringLiteral("SELECT version FROM schema_meta")) == QStringLiteral("1"));
    CHECK(queryValue(path, QStringLiteral("SELECT count(*) FROM members")) == QStringLiteral("3"));
}
