// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatasetTransfer.h"
#include "services/DemoDatabase.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace chibo;

namespace {

const QDate asOf(2026, 11, 22);

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray exportRoot(const QString& dbPath)
{
    auto workspace = Workspace::open(dbPath, Database::Mode::ReadOnly);
    REQUIRE(workspace.ok());
    const auto root = (*workspace)->findOrganisation(QString());
    REQUIRE(root.ok());
    const auto json = DatasetTransfer::exportJson(**workspace, root->id);
    REQUIRE(json.ok());
    return *json;
}

} // namespace

TEST_CASE("demo, export, import into an empty database and export again give the same file")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(demo, asOf).ok());
    const QByteArray first = exportRoot(demo);
    CHECK(first.contains("Đảng bộ xã Ea Sin"));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto workspace = Workspace::open(copy);
        REQUIRE(workspace.ok());
        const auto counts = DatasetTransfer::importJson(**workspace, first, QStringLiteral("ea-sin.json"));
        REQUIRE(counts.ok());
        CHECK(counts->members >= 120);
        CHECK(counts->attendance > 1000);
    }
    const QByteArray second = exportRoot(copy);
    CHECK(second.size() == first.size());
    CHECK(second == first);
}

TEST_CASE("importing the same dataset twice fails the second time and changes nothing")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(demo, QDate(2025, 3, 31)).ok());
    const QByteArray json = exportRoot(demo);
    const QByteArray before = fileBytes(demo);
    {
        auto workspace = Workspace::open(demo);
        REQUIRE(workspace.ok());
        const auto again = DatasetTransfer::importJson(**workspace, json, QStringLiteral("again.json"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("again.json")));
    }
    CHECK(fileBytes(demo) == before);
}

TEST_CASE("every documented bad dataset is refused with its location and leaves the database byte-identical")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("base.sqlite"));
    REQUIRE(DemoDatabase::create(db, QDate(2025, 2, 28)).ok());
    const QByteArray before = fileBytes(db);
    const QDir bad(test::dataPath(QStringLiteral("datasets/bad")));
    const QStringList files = bad.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 15);
    for (const QString& name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            {
                auto workspace = Workspace::open(db);
                REQUIRE(workspace.ok());
                const auto result =
                    DatasetTransfer::importJson(**workspace, fileBytes(bad.filePath(name)), name);
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().toString().startsWith(name + u':'));
            }
            CHECK(fileBytes(db) == before);
        }
    }
}

TEST_CASE("the demo is not overwritten unless asked, and replacing it keeps a consistent file")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(demo, QDate(2025, 6, 30)).ok());
    const auto refused = DemoDatabase::create(demo, QDate(2025, 6, 30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("demo.exists"));
    const auto replaced = DemoDatabase::create(demo, QDate(2025, 9, 30), DemoDatabase::DefaultSeed, true);
    REQUIRE(replaced.ok());
    auto workspace = Workspace::open(demo, Database::Mode::ReadOnly);
    REQUIRE(workspace.ok());
    // The Result is kept in a variable: a range-for over `*...all()` would read a destroyed temporary.
    const auto organisations = (*workspace)->storage().organisations().all();
    REQUIRE(organisations.ok());
    QList<QUuid> ids;
    for (const Organisation& org : *organisations)
        ids.append(org.id);
    const auto meetings =
        (*workspace)->storage().meetings().ofOrganisations(ids, QDate(2025, 7, 1), QDate(2025, 9, 30));
    REQUIRE(meetings.ok());
    CHECK_FALSE(meetings->isEmpty());
    CHECK_FALSE(QFile::exists(demo + QStringLiteral(".building")));
}

TEST_CASE("every organisation's export imports on its own into an empty database and exports the same again")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(DemoDatabase::create(demo, asOf).ok());
    auto source = Workspace::open(demo, Database::Mode::ReadOnly);
    REQUIRE(source.ok());
    const auto organisations = (*source)->storage().organisations().all();
    REQUIRE(organisations.ok());
    REQUIRE(organisations->size() >= 8);
    for (const Organisation& org : *organisations) {
        DYNAMIC_SECTION(org.name.toStdString())
        {
            const auto first = DatasetTransfer::exportJson(**source, org.id);
            REQUIRE(first.ok());
            auto target = Workspace::openInMemory();
            REQUIRE(target.ok());
            const auto imported =
                DatasetTransfer::importJson(**target, *first, org.name + QStringLiteral(".json"));
            INFO((imported.ok() ? QString() : imported.error().toString()).toStdString());
            REQUIRE(imported.ok());
            const auto second = DatasetTransfer::exportJson(**target, org.id);
            REQUIRE(second.ok());
            CHECK(*second == *first);
        }
    }
}
