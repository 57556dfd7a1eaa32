// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using chibo::test::CliRunner;

TEST_CASE("classify on the demo proposes levels with reasons, the quota and the flags, the same JSON twice")
{
    const CliRunner cli;
    const QStringList args{QStringLiteral("--demo"), QStringLiteral("classify"), QStringLiteral("--year"),
                           QStringLiteral("2025"), QStringLiteral("--json")};
    const auto first = cli.run(args);
    REQUIRE(first.exitCode == 0);
    const auto second = cli.run(args);
    CHECK(first.out == second.out);
    const QJsonObject root = QJsonDocument::fromJson(first.out.toUtf8()).object();
    CHECK(root.value(u"format").toString() == u"chibo-results");
    const QJsonArray cards = root.value(u"cards").toArray();
    CHECK(cards.size() > 130);
    CHECK_FALSE(root.value(u"quotas").toArray().isEmpty());
    const auto explained =
        cli.run({QStringLiteral("--demo"), QStringLiteral("classify"), QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--explain")});
    CHECK(explained.exitCode == 0);
    CHECK(explained.out.contains(QStringLiteral("Hoàn thành tốt nhiệm vụ (htt)")));
    CHECK(explained.out.contains(QStringLiteral("QĐ 366-QĐ/TW Điều 11")));
    CHECK(explained.out.contains(QStringLiteral("không xếp loại")));
}

TEST_CASE("score shows each cell's four criteria of chi bộ bốn tốt")
{
    const CliRunner cli;
    const auto run =
        cli.run({QStringLiteral("--demo"), QStringLiteral("score"), QStringLiteral("--rules"),
                 QStringLiteral("chi-bo-bon-tot"), QStringLiteral("--year"), QStringLiteral("2025")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    CHECK(run.out.contains(QStringLiteral("Lãnh đạo hoàn thành tốt nhiệm vụ chính trị")));
    CHECK(run.out.contains(QStringLiteral("Đoàn kết nội bộ")));
}

TEST_CASE("decide needs a classification first, a reason and a known level")
{
    const CliRunner cli;
    const QStringList base{QStringLiteral("--demo"),    QStringLiteral("decide"),
                           QStringLiteral("--subject"), QStringLiteral("Y Thoan Kbuôr"),
                           QStringLiteral("--year"),    QStringLiteral("2025"),
                           QStringLiteral("--by"),      QStringLiteral("Nguyễn Văn Tư — Bí thư Đảng ủy xã")};
    const auto beforeClassify =
        cli.run(base + QStringList{QStringLiteral("--level"), QStringLiteral("htt"),
                                   QStringLiteral("--reason"), QStringLiteral("Chưa có chỉ tiêu được giao")});
    CHECK(beforeClassify.exitCode == 1);
    REQUIRE(cli.run({QStringLiteral("--demo"), QStringLiteral("classify"), QStringLiteral("--year"),
                     QStringLiteral("2025")})
                .exitCode == 0);
    const auto badLevel = cli.run(base + QStringList{QStringLiteral("--level"), QStringLiteral("tot"),
                                                     QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(badLevel.exitCode == 1);
    const auto recorded = cli.run(
        base + QStringList{QStringLiteral("--level"), QStringLiteral("htt"), QStringLiteral("--reason"),
                           QStringLiteral("Chưa có chỉ tiêu được giao để xét HTXS")});
    CHECK(recorded.exitCode == 0);
    const auto listed = cli.run({QStringLiteral("--demo"), QStringLiteral("classify"),
                                 QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(listed.out.contains(QStringLiteral("Chưa có chỉ tiêu được giao để xét HTXS")));
}
