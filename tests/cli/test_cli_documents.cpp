// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using chibo::test::CliRunner;
using chibo::test::text;

namespace {

/// The CLI in Vietnamese, the language of the documents checked.
CliRunner::Run runVi(const CliRunner& cli, const QString& db, const QStringList& arguments)
{
    return cli.runOn(db, arguments, QStringLiteral("vi"));
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList yearReport(const QString& org, const QString& pdf)
{
    return {QStringLiteral("report"), QStringLiteral("year"),      QStringLiteral("--org"), org,
            QStringLiteral("--year"), QStringLiteral("2025"),      QStringLiteral("--pdf"), pdf,
            QStringLiteral("--date"), QStringLiteral("2025-12-20")};
}

} // namespace

TEST_CASE("report --issue numbers the year-end report in the register, printed again it keeps its number")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString commune = text("Đảng bộ xã Ea Sin");
    const QString draft = cli.path(QStringLiteral("draft.pdf"));
    const auto unnumbered = runVi(cli, db, yearReport(commune, draft));
    INFO(unnumbered.err.toStdString());
    REQUIRE(unnumbered.exitCode == 0);
    CHECK(pdfText(draft).contains(
        QRegularExpression(text("Số\\s+-BC/ĐU")))); // the number is left blank to be written by hand

    const QString issued = cli.path(QStringLiteral("issued.pdf"));
    const auto numbered =
        runVi(cli, db,
              yearReport(commune, issued) +
                  QStringList{QStringLiteral("--issue"), QStringLiteral("--by"), text("Nguyễn Văn Tư")});
    INFO(numbered.err.toStdString());
    REQUIRE(numbered.exitCode == 0);
    CHECK(numbered.out.contains(text("Số 01-BC/ĐU")));
    CHECK(pdfText(issued).contains(text("Số 01-BC/ĐU")));
    const auto cell = runVi(cli, db,
                            yearReport(text("Chi bộ buôn Ea Kring"), cli.path(QStringLiteral("cell.pdf"))) +
                                QStringList{QStringLiteral("--issue")});
    REQUIRE(cell.exitCode == 0);
    CHECK(cell.out.contains(text("Số 01-BC/CB"))); // each organisation has its own register

    const QString reprint = cli.path(QStringLiteral("reprint.pdf"));
    REQUIRE(runVi(cli, db, yearReport(commune, reprint)).exitCode == 0);
    CHECK(pdfText(reprint).contains(text("Số 01-BC/ĐU")));
    REQUIRE(runVi(cli, db, yearReport(commune, reprint) + QStringList{QStringLiteral("--issue")}).exitCode ==
            0);
    CHECK(pdfText(reprint).contains(text("Số 01-BC/ĐU")));

    const auto listed = runVi(
        cli, db, {QStringLiteral("documents"), QStringLiteral("list"), QStringLiteral("--org"), commune});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(text("Nhiệm kỳ 2025–2030")));
    CHECK(listed.out.contains(text("01-BC/ĐU")));
    // On a database with accounts the register names the person signed in, whatever --by says.
    CHECK(listed.out.contains(text("Lê Văn Hùng")));
    CHECK(listed.out.count(QStringLiteral("-BC/ĐU")) == 1);
}

TEST_CASE("documents record continues the register from paper and refuses a number already given")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QStringList record{QStringLiteral("documents"), QStringLiteral("record"),
                             QStringLiteral("--org"),     text("Đảng bộ xã Ea Sin"),
                             QStringLiteral("--type"),    QStringLiteral("BC"),
                             QStringLiteral("--date"),    QStringLiteral("2025-11-05")};
    const auto recorded =
        runVi(cli, db,
              record + QStringList{QStringLiteral("--number"), QStringLiteral("7"), QStringLiteral("--title"),
                                   text("Báo cáo sơ kết công tác dân vận")});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    CHECK(recorded.out.contains(text("07-BC/ĐU")));

    const QByteArray before = digestOf(db);
    const auto taken = runVi(cli, db,
                             record + QStringList{QStringLiteral("--number"), QStringLiteral("7"),
                                                  QStringLiteral("--title"), text("Báo cáo trùng số")});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(text("Báo cáo sơ kết công tác dân vận")));
    const auto noDate = runVi(cli, db,
                              {QStringLiteral("documents"), QStringLiteral("record"), QStringLiteral("--org"),
                               text("Đảng bộ xã Ea Sin"), QStringLiteral("--type"), QStringLiteral("NQ"),
                               QStringLiteral("--title"), text("Nghị quyết")});
    CHECK(noDate.exitCode == 1);
    CHECK(noDate.err.contains(QStringLiteral("--date")));
    CHECK(digestOf(db) == before);

    const auto next = runVi(cli, db,
                            yearReport(text("Đảng bộ xã Ea Sin"), cli.path(QStringLiteral("next.pdf"))) +
                                QStringList{QStringLiteral("--issue")});
    REQUIRE(next.exitCode == 0);
    CHECK(next.out.contains(text("Số 08-BC/ĐU"))); // after the number continued from paper
}
