// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "storage/Transaction.h"
#include "storage/sql/SqlStatement.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace chibo;
using namespace chibo::test;

namespace {

/// Every row of `table` in id order, each value with its SQLite type, so that NULL and '' differ.
QStringList rowsOf(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column) {
            const QVariant value = query.value(column);
            values.append(value.isNull() ? QStringLiteral("NULL")
                                         : QStringLiteral("%1:%2").arg(QString::fromLatin1(value.typeName()),
                                                                       value.toString()));
        }
        rows.append(values.join(u'|'));
    }
    return rows;
}

/// A database holding the sample's organisations and no member.
std::unique_ptr<Database> organisationsOnly(const Dataset& sample)
{
    auto db = openMemory();
    Storage storage(*db);
    for (const Organisation& org : sample.organisations)
        REQUIRE(storage.organisations().insert(org));
    return db;
}

/// What `statement` stores in a one-column table for each of `values`: the value and its SQLite type.
QStringList storedBy(Database& db, SqlStatement::Binding binding, const QVariantList& values)
{
    QSqlQuery setUp(db.connection());
    REQUIRE(setUp.exec(QStringLiteral("CREATE TEMPORARY TABLE kept (value)")));
    {
        SqlStatement insert(db, QStringLiteral("INSERT INTO kept (value) VALUES (?)"), binding);
        for (const QVariant& value : values)
            REQUIRE(insert.exec({value}));
    }
    QStringList stored;
    QSqlQuery read(db.connection());
    REQUIRE(read.exec(QStringLiteral("SELECT quote(value), typeof(value) FROM kept ORDER BY rowid")));
    while (read.next())
        stored.append(read.value(0).toString() + u' ' + read.value(1).toString());
    REQUIRE(setUp.exec(QStringLiteral("DROP TABLE kept")));
    return stored;
}

} // namespace

TEST_CASE("A member inserter stores members exactly as insert() does, with every history and the search key")
{
    const Dataset sample = sampleDataset();
    auto one = organisationsOnly(sample);
    auto bulk = organisationsOnly(sample);
    Storage single(*one);
    for (const Member& member : sample.members)
        REQUIRE(single.members().insert(member));
    Storage batch(*bulk);
    {
        Transaction transaction(*bulk);
        const auto inserter = batch.members().inserter();
        for (const Member& member : sample.members)
            REQUIRE(inserter->insert(member));
        REQUIRE(transaction.commit());
    }
    for (const QString& table : {QStringLiteral("members"), QStringLiteral("status_events"),
                                 QStringLiteral("memberships"), QStringLiteral("position_terms")}) {
        INFO(table.toStdString());
        CHECK(rowsOf(*bulk, table) == rowsOf(*one, table));
        CHECK_FALSE(rowsOf(*bulk, table).isEmpty());
    }
    const auto stored = batch.members().all();
    REQUIRE(stored.ok());
    CHECK(*stored == *single.members().all());
    CHECK(*batch.members().search(QStringLiteral("dang thi")) ==
          *single.members().search(QStringLiteral("dang thi")));
}

TEST_CASE("A member inserter refuses outside a transaction and fails as insert() does inside one")
{
    const Dataset sample = sampleDataset();
    auto db = organisationsOnly(sample);
    Storage storage(*db);
    const auto inserter = storage.members().inserter();
    const Status outside = inserter->insert(sample.members.first());
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().code == QStringLiteral("storage.transaction"));
    CHECK(storage.members().all()->isEmpty());

    Member nowhere = sample.members.first();
    nowhere.memberships.first().orgId = idFor(QStringLiteral("Chi bộ không có"));
    const Status byInsert = storage.members().insert(nowhere);
    REQUIRE_FALSE(byInsert.ok());
    Transaction transaction(*db);
    const Status byInserter = inserter->insert(nowhere);
    REQUIRE_FALSE(byInserter.ok());
    CHECK(byInserter.error().code == byInsert.error().code);
    CHECK(byInserter.error().message == byInsert.error().message);
    CHECK(byInserter.error().location == byInsert.error().location);

    // A failed member may be half written: the caller rolls back, as this transaction's end does.
    REQUIRE(inserter->insert(sample.members[1]));
    const Status twice = inserter->insert(sample.members[1]);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("storage.constraint"));
}

TEST_CASE("Natively bound statements store every kind of value as Qt SQL binds it")
{
    auto db = openMemory();
    const QVariantList values{QVariant(),
                              QVariant(QString()),
                              QVariant(QStringLiteral("")),
                              QVariant(QStringLiteral("Đặng Thị Bình — “Bí thư” 😀")),
                              QVariant(qint64(9007199254740993)),
                              QVariant(-7),
                              QVariant(true),
                              QVariant(false),
                              QVariant(2.5),
                              QVariant(QByteArray("a\0b", 3)),
                              QVariant(QByteArray()),
                              QVariant(QMetaType::fromType<qint64>()),
                              QVariant(QDate(2026, 11, 22))};
    const QStringList byQt = storedBy(*db, SqlStatement::Binding::Qt, values);
    REQUIRE(byQt.size() == values.size());
    CHECK(storedBy(*db, SqlStatement::Binding::Native, values) == byQt);
}

TEST_CASE("A natively bound statement reads back the rows of its RETURNING clause")
{
    auto db = openMemory();
    QSqlQuery setUp(db->connection());
    REQUIRE(setUp.exec(QStringLiteral("CREATE TEMPORARY TABLE named (id INTEGER PRIMARY KEY, name TEXT)")));
    SqlStatement insert(*db, QStringLiteral("INSERT INTO named (name) VALUES (?) RETURNING id"),
                        SqlStatement::Binding::Native);
    REQUIRE(insert.exec({QStringLiteral("một")}));
    CHECK(insert.returnedId() == 1);
    REQUIRE(insert.exec({QStringLiteral("hai")}));
    CHECK(insert.returnedId() == 2);
    SqlStatement update(*db, QStringLiteral("UPDATE named SET name = ? WHERE id = ? RETURNING id"),
                        SqlStatement::Binding::Native);
    REQUIRE(update.exec({QStringLiteral("ba"), qint64(9)}));
    CHECK_FALSE(update.returnedId().has_value());
    SqlStatement select(*db, QStringLiteral("SELECT id, name FROM named ORDER BY id"),
                        SqlStatement::Binding::Native);
    REQUIRE(select.exec());
    QStringList names;
    while (select.next())
        names.append(select.value(1).toString());
    CHECK(names == QStringList{QStringLiteral("một"), QStringLiteral("hai")});
    SqlStatement broken(*db, QStringLiteral("INSERT INTO nowhere VALUES (?)"), SqlStatement::Binding::Native);
    CHECK_FALSE(broken.exec({1}));
    CHECK(broken.error().databaseText().contains(QStringLiteral("nowhere")));
}
