// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>

using chibo::test::CliRunner;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("chibo-cli help is Vietnamese by default and English with --lang en")
{
    const CliRunner cli;
    const auto vi = cli.run({QStringLiteral("--help")});
    CHECK(vi.exitCode == 0);
    CHECK(vi.out.contains(QStringLiteral("Lệnh:")));
    CHECK(vi.out.contains(QStringLiteral("Tùy chọn:")));
    const auto en = cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(en.out.contains(QStringLiteral("Commands:")));
    CHECK(en.out.contains(QStringLiteral("Options:")));
}

TEST_CASE("every subcommand has its own help in both languages")
{
    const CliRunner cli;
    for (const char* command : {"summary", "orgs", "members", "import", "export", "demo", "generate", "score",
                                "classify", "decide", "criteria", "backup"}) {
        DYNAMIC_SECTION(command)
        {
            const auto vi = cli.run({QString::fromLatin1(command), QStringLiteral("--help")});
            CHECK(vi.exitCode == 0);
            CHECK(vi.out.contains(QStringLiteral("Cách dùng:")));
            const auto en = cli.run(
                {QStringLiteral("--lang=en"), QString::fromLatin1(command), QStringLiteral("--help")});
            CHECK(en.out.contains(QStringLiteral("Usage:")));
            CHECK(en.out != vi.out);
        }
    }
}

TEST_CASE("an unknown command or a missing argument is a usage error")
{
    const CliRunner cli;
    const auto unknown = cli.run({QStringLiteral("--lang=en"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
    CHECK(cli.run({QStringLiteral("import")}).exitCode == 2);
    CHECK(cli.run({}).exitCode == 2);
}

TEST_CASE("demo, export, import into an empty database and export again round-trip through the CLI")
{
    const CliRunner cli;
    const QString demo = cli.path(QStringLiteral("demo.sqlite"));
    const QString copy = cli.path(QStringLiteral("copy.sqlite"));
    const QString first = cli.path(QStringLiteral("first.json"));
    const QString second = cli.path(QStringLiteral("second.json"));
    REQUIRE(cli.run({QStringLiteral("--db"), demo, QStringLiteral("demo"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-22")})
                .exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("--db"), demo, QStringLiteral("export"), QStringLiteral("--org"),
                     QStringLiteral("Đảng bộ xã Ea Sin"), first})
                .exitCode == 0);
    const auto imported = cli.run({QStringLiteral("--db"), copy, QStringLiteral("import"), first});
    REQUIRE(imported.exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("--org"),
                     QStringLiteral("dang bo xa ea"), second})
                .exitCode == 0);
    CHECK_FALSE(bytesOf(first).isEmpty());
    CHECK(bytesOf(first) == bytesOf(second));
}

TEST_CASE("a bad dataset exits non-zero with its location and leaves the database byte-identical")
{
    const CliRunner cli;
    const QString db = cli.path(QStringLiteral("base.sqlite"));
    REQUIRE(cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--as-of"),
                     QStringLiteral("2025-01-31")})
                .exitCode == 0);
    const QByteArray before = bytesOf(db);
    const auto result =
        cli.run({QStringLiteral("--db"), db, QStringLiteral("import"),
                 chibo::test::dataPath(QStringLiteral("datasets/bad/syntax-missing-comma.json"))});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("syntax-missing-comma.json:")));
    CHECK(bytesOf(db) == before);
}

TEST_CASE("the headless summary shows the demo's organisations and members in Vietnamese")
{
    const CliRunner cli;
    const QString db = cli.path(QStringLiteral("demo.sqlite"));
    REQUIRE(cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-22")})
                .exitCode == 0);
    const auto summary = cli.run({QStringLiteral("--db"), db, QStringLiteral("summary"),
                                  QStringLiteral("--date"), QStringLiteral("2026-11-22")});
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains(QStringLiteral("Đảng bộ xã Ea Sin")));
    CHECK(summary.out.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    CHECK(summary.out.contains(QStringLiteral("22/11/2026")));
    const auto members = cli.run({QStringLiteral("--db"), db, QStringLiteral("members"),
                                  QStringLiteral("--search"), QStringLiteral("dang thi")});
    REQUIRE(members.exitCode == 0);
    for (const QString& line : members.out.split(u'\n', Qt::SkipEmptyParts))
        CHECK(line.startsWith(QStringLiteral("Đặng Thị ")));
    CHECK(members.out.count(u'\n') >= 4);
}
