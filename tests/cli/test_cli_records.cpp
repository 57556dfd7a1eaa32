// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "services/DemoDatabase.h"
#include "services/RecordEditing.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

using chibo::test::CliRunner;
using chibo::test::text;

namespace {

QStringList args(std::initializer_list<const char*> parts)
{
    QStringList list;
    for (const char* part : parts)
        list.append(QString::fromUtf8(part));
    return list;
}

} // namespace

TEST_CASE("lock-year and unlock-year close and reopen a year, keeping who did it and why")
{
    const CliRunner cli;
    const auto locked = cli.run(args({"--lang", "en", "--demo", "lock-year", "--org", "Đảng bộ xã Ea Sin",
                                      "--year", "2025", "--by", "Nguyễn Văn Tư"}));
    INFO(locked.err.toStdString());
    REQUIRE(locked.exitCode == 0);
    CHECK(locked.out.contains(text("The classification of 2025 is locked for Đảng bộ xã Ea Sin.")));

    // A cell below is covered: locking it again, or recording a decision, is refused.
    const auto again = cli.run(
        args({"--lang", "en", "--demo", "lock-year", "--org", "Chi bộ buôn Ea Kring", "--year", "2025"}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(text("already locked for Đảng bộ xã Ea Sin")));
    const auto classify = cli.run(args({"--lang", "en", "--demo", "classify", "--year", "2025"}));
    CHECK(classify.exitCode == 1);
    CHECK(classify.err.contains(QStringLiteral("locked")));

    const auto noReason = cli.run(
        args({"--lang", "en", "--demo", "unlock-year", "--org", "Đảng bộ xã Ea Sin", "--year", "2025"}));
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const auto unlocked = cli.run(args({"--lang", "en", "--demo", "unlock-year", "--org", "Đảng bộ xã Ea Sin",
                                        "--year", "2025", "--reason", "Bổ sung quyết định xếp loại"}));
    INFO(unlocked.err.toStdString());
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.out.contains(QStringLiteral("unlocked")));
    CHECK(cli.run(args({"--demo", "classify", "--year", "2025"})).exitCode == 0);
    const auto badYear = cli.run(
        args({"--lang", "en", "--demo", "lock-year", "--org", "Đảng bộ xã Ea Sin", "--year", "năm ngoái"}));
    CHECK(badYear.exitCode == 1);
}

TEST_CASE("trash lists an empty bin, refuses an unknown entry, and needs an action")
{
    const CliRunner cli;
    const auto empty =
        cli.run(args({"--lang", "en", "--demo", "trash", "list", "--org", "Chi bộ buôn Ea Kring"}));
    INFO(empty.err.toStdString());
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out.contains(QStringLiteral("The recycle bin is empty.")));
    const auto unknown =
        cli.run(args({"--lang", "en", "--demo", "trash", "restore", "6f0f3c1e-2d54-4a57-9d1a-0c1b2a3d4e5f"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no entry")));
    const auto notAnId = cli.run(args({"--lang", "en", "--demo", "trash", "restore", "Nguyễn Văn An"}));
    CHECK(notAnId.exitCode == 1);
    CHECK(cli.run(args({"--demo", "trash"})).exitCode == 2);
    CHECK(cli.run(args({"--demo", "trash", "empty"})).exitCode == 2);
    const auto help = cli.run(args({"--lang", "en", "--help"}));
    CHECK(help.out.contains(QStringLiteral("trash")));
    CHECK(help.out.contains(QStringLiteral("unlock-year")));
}

TEST_CASE("trash lists what a removal took away and restore puts it back")
{
    using namespace chibo;
    const CliRunner cli;
    const QString path = cli.path(QStringLiteral("ea-sin.sqlite"));
    REQUIRE(DemoDatabase::create(path, QDate(2026, 11, 22)).ok());
    Target removed;
    {
        auto workspace = Workspace::open(path);
        REQUIRE(workspace.ok());
        const auto cell = (*workspace)->findOrganisation(text("Chi bộ buôn Ea Kring"));
        REQUIRE(cell.ok());
        const auto targets = (*workspace)->storage().records().targets({cell->id});
        REQUIRE(targets.ok());
        REQUIRE_FALSE(targets->isEmpty());
        removed = targets->first();
        const Session admin{text("Quản trị viên"), Role::Admin, {}};
        REQUIRE(RecordEditing::apply(**workspace, admin, Change<Target>{removed, std::nullopt}).ok());
    }
    const auto listed = cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path,
                                 QStringLiteral("trash"), QStringLiteral("list"), QStringLiteral("--org"),
                                 text("Chi bộ buôn Ea Kring")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(removed.title));
    CHECK(listed.out.contains(text("removed by Quản trị viên")));
    const QString entryId = listed.out.section(u' ', 0, 0);
    REQUIRE_FALSE(QUuid(entryId).isNull());
    const auto elsewhere = cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                    path, QStringLiteral("trash"), QStringLiteral("list"),
                                    QStringLiteral("--org"), text("Chi bộ thôn 1")});
    CHECK(elsewhere.out.contains(QStringLiteral("The recycle bin is empty.")));

    const auto restored = cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                   path, QStringLiteral("trash"), QStringLiteral("restore"), entryId});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(removed.title));
    auto workspace = Workspace::open(path);
    REQUIRE(workspace.ok());
    CHECK((*workspace)->storage().records().findTarget(removed.id)->value() == removed);
    const auto twice = cli.run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path,
                                QStringLiteral("trash"), QStringLiteral("restore"), entryId});
    CHECK(twice.exitCode == 1);
}
