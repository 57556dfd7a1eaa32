// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QFileInfo>

using chibo::test::CliRunner;

namespace {

const QString NewCell = QStringLiteral("Chi bộ thôn Ea Tu");

/// Adds an organisation to the database at `path` behind the CLI's back: a change a restore must undo.
void addCell(const QString& path)
{
    auto workspace = chibo::Workspace::open(path);
    REQUIRE(workspace.ok());
    REQUIRE((*workspace)
                ->storage()
                .organisations()
                .insert(chibo::test::anOrganisation(NewCell, chibo::OrgKind::GrassrootsCell))
                .ok());
}

QString orgsOf(const CliRunner& cli, const QString& db)
{
    const auto listed = cli.runOn(db, {QStringLiteral("orgs")});
    REQUIRE(listed.exitCode == 0);
    return listed.out;
}

/// The paths `backup list` shows for a reason's label ("made by hand", "before a restore" …).
QStringList listed(const CliRunner& cli, const QString& db, const QString& label)
{
    const auto run = cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    QStringList paths;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(label))
            paths.append(line.section(QStringLiteral("  "), -1).trimmed());
    }
    return paths;
}

} // namespace

TEST_CASE("backup create list and restore round-trip through the CLI")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const auto created = cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("create")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Backed up")));
    const QStringList manual = listed(cli, db, QStringLiteral("made by hand"));
    REQUIRE(manual.size() == 1);
    CHECK(QFileInfo(manual.first()).fileName().contains(QStringLiteral("_manual")));
    CHECK(manual.first().startsWith(cli.path(QStringLiteral("data"))));
    // A write command made the day's backup too.
    CHECK(listed(cli, db, QStringLiteral("daily")).size() == 1);

    const QString before = orgsOf(cli, db);
    addCell(db);
    REQUIRE(orgsOf(cli, db).contains(NewCell));

    const auto restored =
        cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("restore"), manual.first()});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("was backed up to")));
    CHECK(orgsOf(cli, db) == before);

    // The state before the restore was backed up first: it still has the new cell.
    const QStringList saved = listed(cli, db, QStringLiteral("before a restore"));
    REQUIRE(saved.size() == 1);
    CHECK(orgsOf(cli, saved.first()).contains(NewCell));
}

TEST_CASE("a file that is not a ChiBo backup is refused and the database is unchanged")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    addCell(db);
    const QString before = orgsOf(cli, db);
    const QString minutes = cli.path(QStringLiteral("bien-ban.sqlite"));
    QFile text(minutes);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Biên bản họp chi bộ tháng 11/2026\n");
    text.close();

    const auto refused = cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("restore"), minutes});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a ChiBo backup")));
    CHECK(refused.err.contains(QStringLiteral("nothing was restored")));
    CHECK(orgsOf(cli, db) == before);
    CHECK(listed(cli, db, QStringLiteral("before a restore")).isEmpty());
    const auto missing = cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("restore"),
                                        cli.path(QStringLiteral("missing.sqlite"))});
    CHECK(missing.exitCode == 1);
    CHECK(cli.runOn(db, {QStringLiteral("backup"), QStringLiteral("restore")}).exitCode == 2);
}

TEST_CASE("backup create --to writes one file and never overwrites one")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString target = cli.path(QStringLiteral("usb-copy.sqlite"));
    const QStringList arguments{QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"),
                                target};
    REQUIRE(cli.runOn(db, arguments).exitCode == 0);
    CHECK(orgsOf(cli, target) == orgsOf(cli, db));
    CHECK_FALSE(QFile::exists(target + QStringLiteral("-wal")));
    const auto again = cli.runOn(db, arguments);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("an import into a database that holds data is backed up first")
{
    const CliRunner cli;
    const QString demo = cli.demoDatabase();
    const QString dataset = cli.path(QStringLiteral("ea-sin.json"));
    REQUIRE(cli.runOn(demo, {QStringLiteral("export"), QStringLiteral("--org"),
                             QStringLiteral("Đảng bộ xã Ea Sin"), dataset})
                .exitCode == 0);
    const QString fresh = cli.path(QStringLiteral("fresh.sqlite"));
    REQUIRE(cli.runOn(fresh, {QStringLiteral("import"), dataset}).exitCode == 0);
    CHECK(listed(cli, fresh, QStringLiteral("before an import")).isEmpty()); // a new file has nothing to lose
    (void)cli.runOn(fresh, {QStringLiteral("import"), dataset});
    CHECK(listed(cli, fresh, QStringLiteral("before an import")).size() == 1);
}
