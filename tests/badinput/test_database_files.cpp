// SPDX-License-Identifier: GPL-3.0-or-later
// Bad database files (docs/bad-inputs.md, "The database file"): damaged, not a database, read-only, locked
// by another process, of a newer schema, on a full disk. ChiBo says what is wrong, exits with 1 and leaves
// the file byte-identical.
#include "BadInputCase.h"
#include "support/Catch.h"

#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <sqlite3.h>

using namespace chibo::test;

namespace {

QString eaKring()
{
    return BadInputBench::data(QStringLiteral("datasets/ea-kring.json"));
}

void execute(const QString& database, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(database).constData(), &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    const int done = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    INFO(sqlite3_errmsg(db));
    sqlite3_close(db);
    REQUIRE(done == SQLITE_OK);
}

/// The demo, checkpointed, with `bytes` written over it at `offset` (or cut to `offset` bytes when
/// `bytes` is empty).
QString damagedDemo(BadInputBench& bench, qint64 offset, const QByteArray& bytes)
{
    const QString db = bench.demo();
    DatabaseFingerprint::checkpoint(db);
    QFile file(db);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > offset + bytes.size());
    if (bytes.isEmpty()) {
        REQUIRE(file.resize(offset));
    } else {
        REQUIRE(file.seek(offset));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    return db;
}

/// The demo in a folder that the command sees through a read-only mount.
QString readOnlyDemo(BadInputBench& bench)
{
    const QString db = bench.demo();
    DatabaseFingerprint::checkpoint(db);
    const QString view = bench.directory(QStringLiteral("read-only"));
    bench.keep(PrivateMount::readOnlyView(QFileInfo(db).absolutePath(), view));
    return view + QStringLiteral("/demo.sqlite");
}

/// A fresh database holding the Ea Kring dataset on a 2 MiB disk that is full but for 96 KiB, and the
/// demo exported as a dataset to import there: far more than the space left.
CliCommand fullDisk(BadInputBench& bench)
{
    const QString exported = bench.cli().path(QStringLiteral("ea-sin.json"));
    const auto written = bench.cli().runOn(bench.demo(), {QStringLiteral("export"), QStringLiteral("--org"),
                                                          text("Đảng bộ xã Ea Sin"), exported});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString disk = bench.directory(QStringLiteral("small-disk"));
    bench.keep(PrivateMount::tmpfs(disk, 2048));
    const QString db = disk + QStringLiteral("/chibo.sqlite");
    const auto created = bench.cli().runOn(db, importOf(eaKring()));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    // Fill the disk but for 96 KiB: room for SQLite's WAL index, not for the import.
    const qint64 fill = QStorageInfo(disk).bytesAvailable() - 96 * 1024;
    REQUIRE(fill > 0);
    QFile filler(disk + QStringLiteral("/filler"));
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    for (qint64 filled = 0; filled < fill; filled += block.size())
        REQUIRE(filler.write(block.left(int(std::min<qint64>(block.size(), fill - filled)))) > 0);
    REQUIRE(filler.flush());
    return {db, importOf(exported)};
}

const QList<BadInputCase>& databaseCases()
{
    static const QList<BadInputCase> cases{
        {"B41",
         [](BadInputBench& bench) {
             return CliCommand{damagedDemo(bench, 1024 * 1024, QByteArray(256 * 1024, '\x5a')),
                               {QStringLiteral("summary")},
                               false};
         },
         1,
         text("the database file is damaged (database disk image is malformed); restore it from a backup")},
        {"B42",
         [](BadInputBench& bench) {
             return CliCommand{damagedDemo(bench, 1200 * 1024, {}), importOf(eaKring()), false};
         },
         1,
         text("the database file is damaged (database disk image is malformed); restore it from a backup")},
        {"B43",
         [](BadInputBench& bench) {
             return CliCommand{bench.write(QStringLiteral("members.sqlite"), "Danh sách đảng viên chi bộ\n"),
                               importOf(eaKring()), false};
         },
         1, text("is not a ChiBo database (file is not a database).")},
        {"B44",
         [](BadInputBench& bench) {
             const QString db = bench.cli().path(QStringLiteral("other.sqlite"));
             execute(db, "CREATE TABLE contacts (name TEXT, phone TEXT)");
             return CliCommand{db, importOf(eaKring())};
         },
         1, text("The database holds tables but no ChiBo schema version; it was not created by ChiBo.")},
        {"B45",
         [](BadInputBench& bench) {
             const QString db = bench.demo();
             execute(db, "UPDATE schema_meta SET version = 99");
             return CliCommand{db, importOf(eaKring())};
         },
         1, text("has schema version 99, but this version of ChiBo reads versions up to")},
        {"B46",
         [](BadInputBench& bench) {
             return CliCommand{readOnlyDemo(bench), importOf(eaKring()), false};
         },
         1, text("cannot be changed: the file or its folder is read-only")},
        {"B47",
         [](BadInputBench& bench) {
             return CliCommand{readOnlyDemo(bench),
                               {QStringLiteral("members"), QStringLiteral("--org"),
                                text("Chi bộ buôn Ea Kring"), QStringLiteral("--search"),
                                QStringLiteral("bluin")},
                               false};
         },
         0, text("Y Bluin Hwing")},
        {"B48",
         [](BadInputBench& bench) {
             const QString db = bench.demo();
             DatabaseFingerprint::checkpoint(db);
             bench.holdWriteLock(db);
             return CliCommand{db, importOf(eaKring()), false};
         },
         1,
         text("another program is writing to this database (database is locked); try again when it has "
              "finished")},
        {"B49", fullDisk, 1,
         text("the disk that holds the database is full (database or disk is full); free some space and try "
              "again")},
        {"B50",
         [](BadInputBench& bench) {
             return CliCommand{
                 bench.directory(QStringLiteral("records")), {QStringLiteral("summary")}, false};
         },
         1, text("records is not a database file.")},
        {"B51",
         [](BadInputBench& bench) {
             return CliCommand{
                 bench.cli().path(QStringLiteral("missing.sqlite")), {QStringLiteral("summary")}, false};
         },
         1, text("missing.sqlite does not exist.")},
    };
    return cases;
}

} // namespace

BAD_INPUT_CASE(databaseCases, "B41", "damaged database file")
BAD_INPUT_CASE(databaseCases, "B42", "truncated database file")
BAD_INPUT_CASE(databaseCases, "B43", "file that is not a database")
BAD_INPUT_CASE(databaseCases, "B44", "SQLite database not made by ChiBo")
BAD_INPUT_CASE(databaseCases, "B45", "database of a newer schema version")
BAD_INPUT_CASE(databaseCases, "B46", "writing to a read-only database")
BAD_INPUT_CASE(databaseCases, "B47", "reading a read-only database")
BAD_INPUT_CASE(databaseCases, "B48", "database locked by another process")
BAD_INPUT_CASE(databaseCases, "B49", "database on a full disk")
BAD_INPUT_CASE(databaseCases, "B50", "folder given as the database")
BAD_INPUT_CASE(databaseCases, "B51", "database that does not exist for a command that reads")
