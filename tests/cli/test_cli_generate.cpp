// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"

#include <QFileInfo>

using chibo::test::CliRunner;

TEST_CASE("generate creates a province of the size asked for, and the tools read it")
{
    const CliRunner cli;
    const QString db = cli.path(QStringLiteral("province.sqlite"));
    const auto made = cli.runOn(db, {QStringLiteral("generate"), QStringLiteral("--cells"),
                                     QStringLiteral("12"), QStringLiteral("--members"), QStringLiteral("240"),
                                     QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("240 members")));
    const auto orgs = cli.runOn(db, {QStringLiteral("orgs")});
    CHECK(orgs.out.contains(QStringLiteral("Đảng bộ tỉnh Đắk Lắk")));
    CHECK(orgs.out.count(QStringLiteral("cell")) >= 12);
    const auto classified = cli.runOn(db, {QStringLiteral("classify"), QStringLiteral("--org"),
                                           QStringLiteral("Đảng bộ tỉnh Đắk Lắk"), QStringLiteral("--year"),
                                           QStringLiteral("2025")});
    INFO(classified.err.toStdString());
    CHECK(classified.exitCode == 0);
    CHECK(classified.out.contains(QStringLiteral("(htt)")));

    const auto again =
        cli.runOn(db, {QStringLiteral("generate"), QStringLiteral("--cells"), QStringLiteral("12"),
                       QStringLiteral("--members"), QStringLiteral("240")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("--force")));
}

TEST_CASE("generate refuses sizes no province has, and writes nothing")
{
    const CliRunner cli;
    const QString db = cli.path(QStringLiteral("none.sqlite"));
    const auto few = cli.runOn(db, {QStringLiteral("generate"), QStringLiteral("--cells"),
                                    QStringLiteral("10"), QStringLiteral("--members"), QStringLiteral("20")});
    CHECK(few.exitCode != 0);
    CHECK(few.err.contains(QStringLiteral("between 30 and 2000")));
    const auto years =
        cli.runOn(db, {QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("0")});
    CHECK(years.exitCode != 0);
    CHECK(years.err.contains(QStringLiteral("--years")));
    const auto text =
        cli.runOn(db, {QStringLiteral("generate"), QStringLiteral("--cells"), QStringLiteral("many")});
    CHECK(text.exitCode != 0);
    CHECK(text.err.contains(QStringLiteral("whole numbers")));
    CHECK_FALSE(QFileInfo::exists(db));
}
