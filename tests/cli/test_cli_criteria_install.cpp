// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"

#include <QFile>
#include <QRegularExpression>

using chibo::test::CliRunner;

namespace {

/// chi-bo-bon-tot under another id, optionally with a misspelt metric, written in the runner's home.
QString writeCopy(const CliRunner& cli, const QString& name, const QString& id, bool misspelt)
{
    QFile shipped(QStringLiteral(CHIBO_SOURCE_DIR "/criteria/chi-bo-bon-tot.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(shipped.readAll());
    text.replace(QStringLiteral("\"id\": \"chi-bo-bon-tot\""), QStringLiteral("\"id\": \"") + id + u'"');
    if (misspelt)
        text.replace(QStringLiteral("\"org.targets_met_rate\""), QStringLiteral("\"org.targets_met_rat\""));
    const QString path = cli.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

} // namespace

TEST_CASE(
    "criteria import refuses a file with problems, printed as file:line:column, and installs a good one")
{
    const CliRunner cli;
    const QString bad =
        writeCopy(cli, QStringLiteral("bon-tot-loi.json"), QStringLiteral("chi-bo-bon-tot-loi"), true);
    const auto refused = cli.run({QStringLiteral("criteria"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QRegularExpression(QStringLiteral(
        "bon-tot-loi\\.json:\\d+:\\d+ /indicators/\\d+/value/metric: .*org\\.targets_met_rate"))));
    const auto listedBefore = cli.run({QStringLiteral("criteria"), QStringLiteral("list")});
    CHECK(listedBefore.exitCode == 0);
    CHECK_FALSE(listedBefore.out.contains(QStringLiteral("chi-bo-bon-tot-loi")));

    const QString good =
        writeCopy(cli, QStringLiteral("bon-tot-ea-sin.json"), QStringLiteral("chi-bo-bon-tot-ea-sin"), false);
    const auto installed = cli.run({QStringLiteral("criteria"), QStringLiteral("import"), good});
    CHECK(installed.exitCode == 0);
    CHECK(installed.err.contains(QStringLiteral("chi-bo-bon-tot-ea-sin-2023.1.json")));
    const auto listed = cli.run({QStringLiteral("criteria"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("chi-bo-bon-tot-ea-sin@2023.1")));
    CHECK(listed.out.contains(QStringLiteral("chi-bo-bon-tot@2023.1")));

    // Importing it again would give one id two overlapping periods.
    const auto again = cli.run({QStringLiteral("criteria"), QStringLiteral("import"), good});
    CHECK(again.exitCode == 1);
    CHECK(again.out.contains(QStringLiteral("/valid_from")));
}

TEST_CASE("criteria applies prints the files in force for each cell, QĐ 124 in 2024 and QĐ 366 in 2025")
{
    const CliRunner cli;
    const QStringList base{QStringLiteral("--demo"),
                           QStringLiteral("criteria"),
                           QStringLiteral("applies"),
                           QStringLiteral("--org"),
                           QStringLiteral("Chi bộ buôn Ea Kring"),
                           QStringLiteral("--year")};
    const auto in2024 = cli.run(base + QStringList{QStringLiteral("2024")});
    REQUIRE(in2024.exitCode == 0);
    CHECK(in2024.out.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    CHECK(in2024.out.contains(QStringLiteral("xep-loai-dang-vien-qd124")));
    CHECK_FALSE(in2024.out.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    const auto in2025 = cli.run(base + QStringList{QStringLiteral("2025")});
    REQUIRE(in2025.exitCode == 0);
    CHECK(in2025.out.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK(in2025.out.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK_FALSE(in2025.out.contains(QStringLiteral("xep-loai-dang-vien-qd124")));

    const auto commune =
        cli.run({QStringLiteral("--demo"), QStringLiteral("criteria"), QStringLiteral("applies"),
                 QStringLiteral("--year"), QStringLiteral("2025")});
    REQUIRE(commune.exitCode == 0);
    CHECK(commune.out.contains(QStringLiteral("Chi bộ Văn phòng Đảng ủy")));
    CHECK(commune.out.contains(QStringLiteral("dang-bo-co-so-bon-tot")));
    const auto badYear = cli.run(base + QStringList{QStringLiteral("năm ngoái")});
    CHECK(badYear.exitCode == 1);
}
