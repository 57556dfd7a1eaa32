// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"

#include <QFileInfo>
#include <QProcess>

using chibo::test::CliRunner;

namespace {

QStringList args(std::initializer_list<const char*> parts)
{
    QStringList list;
    for (const char* part : parts)
        list.append(QString::fromUtf8(part));
    return list;
}

/// Runs the sqlite3 shell on `db`, as someone editing the file by hand would.
int sqlite(const QString& db, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {db, sql});
    process.waitForFinished(30000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

qsizetype auditLines(const CliRunner& cli, const QString& db)
{
    const auto listed = cli.runOn(db, args({"audit", "list", "--limit", "100000"}));
    REQUIRE(listed.exitCode == 0);
    return listed.out.count(u'\n');
}

} // namespace

TEST_CASE("a committee account cannot write through the CLI and a viewer cannot read the audit trail")
{
    CliRunner cli;
    const QString db = cli.demoDatabase();
    const qsizetype entries = auditLines(cli, db);
    REQUIRE(entries > 0);
    REQUIRE(cli.runOn(db, args({"lock-year", "--org", "Chi bộ buôn Ea Kring", "--year", "2025"})).exitCode ==
            0);
    CHECK(auditLines(cli, db) == entries + 1);

    cli.setEnvironment(QStringLiteral("CHIBO_USER"), QStringLiteral("uyvien"));
    const auto unlock = cli.runOn(db, args({"unlock-year", "--org", "Chi bộ buôn Ea Kring", "--year", "2025",
                                            "--reason", "Sửa số liệu"}));
    CHECK(unlock.exitCode == 1);
    CHECK(unlock.err.contains(QStringLiteral("Only an administrator")));
    const auto account =
        cli.runOn(db, args({"account", "add", "moi", "--name", "Người Mới", "--role", "admin"}));
    CHECK(account.exitCode == 1);
    CHECK(account.err.contains(QStringLiteral("Only an administrator")));
    CHECK(auditLines(cli, db) == entries + 1);

    cli.setEnvironment(QStringLiteral("CHIBO_USER"), QStringLiteral("xem"));
    const auto viewer = cli.runOn(db, args({"audit", "list"}));
    CHECK(viewer.exitCode == 1);
    CHECK(viewer.err.contains(QStringLiteral("cannot read the audit trail")));
    CHECK(cli.runOn(db, args({"summary"})).exitCode == 0);
}

TEST_CASE("a database with accounts needs a user and the right password")
{
    CliRunner cli;
    const QString db = cli.demoDatabase();
    cli.setEnvironment(QStringLiteral("CHIBO_USER"), QString());
    const auto anonymous = cli.runOn(db, args({"summary"}));
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    const auto named = cli.runOn(db, args({"--user", "quantri", "summary"}));
    CHECK(named.exitCode == 0); // CHIBO_PASSWORD is the demo's
    cli.setEnvironment(QStringLiteral("CHIBO_PASSWORD"), QStringLiteral("khong-dung"));
    const auto refused = cli.runOn(db, args({"--user", "quantri", "summary"}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("user name or the password is wrong")));
}

TEST_CASE("account init makes the administrator of a new database and then everyone signs in")
{
    CliRunner cli;
    const QString db = cli.path(QStringLiteral("moi.sqlite"));
    cli.setEnvironment(QStringLiteral("CHIBO_NEW_PASSWORD"), QStringLiteral("mat-khau-dai"));
    const auto made = cli.runOn(db, args({"account", "init", "hoa.nt", "--name", "Nguyễn Thị Hoa"}));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("hoa.nt")));
    const auto again = cli.runOn(db, args({"account", "init", "lan.pt", "--name", "Phạm Thị Lan"}));
    CHECK(again.exitCode == 1);
    cli.setEnvironment(QStringLiteral("CHIBO_USER"), QStringLiteral("hoa.nt"));
    cli.setEnvironment(QStringLiteral("CHIBO_PASSWORD"), QStringLiteral("mat-khau-dai"));
    const auto added =
        cli.runOn(db, args({"account", "add", "lan.pt", "--name", "Phạm Thị Lan", "--role", "viewer"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const auto listed = cli.runOn(db, args({"account", "list"}));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("lan.pt")));
    CHECK(listed.out.contains(QString::fromUtf8("Nguyễn Thị Hoa")));
}

TEST_CASE("audit verify passes on an untouched trail and detects a hand-edited audit row")
{
    CliRunner cli;
    const QString db = cli.demoDatabase();
    const auto intact = cli.runOn(db, args({"audit", "verify"}));
    INFO(intact.err.toStdString());
    REQUIRE(intact.exitCode == 0);
    CHECK(intact.out.contains(QStringLiteral("intact")));

    // The append-only triggers stop a plain UPDATE; someone determined drops them first.
    CHECK(sqlite(db, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE sequence = 2;")) != 0);
    REQUIRE(sqlite(db, QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
                                      "user_name = 'xem' WHERE sequence = 2;")) == 0);
    const auto broken = cli.runOn(db, args({"audit", "verify"}));
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("Entry 2")));
    CHECK(broken.err.contains(QStringLiteral("changed outside ChiBo")));

    const QString exported = cli.path(QStringLiteral("nhat-ky.xlsx"));
    const auto written = cli.runOn(db, args({"audit", "export"}) << exported);
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(QFileInfo(exported).size() > 0);
}
