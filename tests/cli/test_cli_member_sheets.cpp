// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxWriter.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>

using chibo::test::CliRunner;
using chibo::test::text;
using chibo::test::writeFile;

namespace {

/// `chibo-cli export` of the demo commune's members as of 22/11/2026 to `xlsx` and `csv`.
void exportCommune(const CliRunner& cli, const QString& db, const QString& xlsx, const QString& csv)
{
    const auto exported =
        cli.runOn(db, {QStringLiteral("export"), QStringLiteral("--org"), text("Đảng bộ xã Ea Sin"),
                       QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv, QStringLiteral("--date"),
                       QStringLiteral("2026-11-22")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
}

} // namespace

TEST_CASE("export --xlsx and --csv write the organisation's members as a table")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString xlsx = cli.path(QStringLiteral("ea-sin.xlsx"));
    const QString csv = cli.path(QStringLiteral("ea-sin.csv"));
    exportCommune(cli, db, xlsx, csv);
    for (const QString& path : {xlsx, csv}) {
        const auto grid = chibo::SheetReader::read(path);
        REQUIRE(grid.ok());
        REQUIRE(grid->rows.size() > 100);
        CHECK(grid->rows[0].value(0).text.startsWith(text("Đảng bộ xã Ea Sin")));
        CHECK(grid->rows[1].value(0).text == QStringLiteral("Full name"));
        CHECK(grid->rows[1].value(15).text == QStringLiteral("Cell"));
    }
    // A workbook's cell column names the cells of the subtree.
    const auto grid = chibo::SheetReader::read(xlsx);
    REQUIRE(grid.ok());
    bool eaKring = false;
    for (const auto& row : grid->rows)
        eaKring = eaKring || row.value(15).text == text("Chi bộ buôn Ea Kring");
    CHECK(eaKring);

    const auto noFile =
        cli.runOn(db, {QStringLiteral("export"), QStringLiteral("--org"), text("Đảng bộ xã Ea Sin")});
    CHECK(noFile.exitCode == 2);
    // Importing the export back into the same database finds everyone already there.
    const auto again =
        cli.runOn(db, {QStringLiteral("import-members"), xlsx, QStringLiteral("--org"),
                       text("Chi bộ buôn Ea Kring"), QStringLiteral("--date"), QStringLiteral("2026-11-22")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already belongs to")));
}

TEST_CASE("import-members shows the mapping, imports with --dry-run nothing, then all members")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString csv = cli.path(QStringLiteral("new-members.csv"));
    writeFile(csv, "STT,Ho va ten,Gioi tinh,Ngay sinh,So the dang vien,Ngay ket nap,Ngay chinh thuc\n"
                   "1,Tôn Nữ Quỳnh Như,Nữ,07/03/1985,48.000123,02/09/2019,02/09/2020\n"
                   "2,Lò Văn Pọm,Nam,1990-04-30,,20/10/2026,\n");
    const QStringList import{QStringLiteral("import-members"), csv,
                             QStringLiteral("--org"),          text("Chi bộ buôn Ea Kring"),
                             QStringLiteral("--date"),         QStringLiteral("2026-11-22")};
    const auto dryRun = cli.runOn(db, import + QStringList{QStringLiteral("--dry-run")});
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("new-members.csv: header on row 1")));
    CHECK(dryRun.out.contains(QStringLiteral("Ho va ten")));
    CHECK(dryRun.out.contains(QStringLiteral("→ Full name")));
    CHECK(dryRun.out.contains(QStringLiteral("(not imported)")));
    // "%n member(s)": the English plural comes from the catalogue, so only the number is checked here.
    CHECK(dryRun.out.contains(QStringLiteral("2 member")));
    CHECK(dryRun.out.contains(text("would be imported into Chi bộ buôn Ea Kring")));
    const QStringList search{QStringLiteral("members"),    QStringLiteral("--org"),
                             text("Chi bộ buôn Ea Kring"), QStringLiteral("--search"),
                             QStringLiteral("quynh nhu"),  QStringLiteral("--date"),
                             QStringLiteral("2026-11-22")};
    CHECK_FALSE(cli.runOn(db, search).out.contains(text("Tôn Nữ Quỳnh Như")));

    const auto imported = cli.runOn(db, import);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 member")));
    CHECK(imported.out.contains(text("imported into Chi bộ buôn Ea Kring.")));
    const auto listed = cli.runOn(db, search);
    CHECK(listed.out.contains(text("Tôn Nữ Quỳnh Như")));
    CHECK(listed.out.contains(QStringLiteral("Full member")));
    CHECK(cli.run({QStringLiteral("import-members"), QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("export --xlsx writes the status history as a second sheet, and --csv the members only")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString xlsx = cli.path(QStringLiteral("ea-sin.xlsx"));
    const QString csv = cli.path(QStringLiteral("ea-sin.csv"));
    exportCommune(cli, db, xlsx, csv);
    const auto sheets = chibo::SheetReader::readAll(xlsx);
    REQUIRE(sheets.ok());
    REQUIRE(sheets->size() == 2);
    const chibo::SheetGrid& history = sheets->at(1);
    CHECK(history.sheetName == QStringLiteral("Status history"));
    REQUIRE(history.rows.size() > 2);
    CHECK(history.rows[1].value(0).text == QStringLiteral("Full name"));
    CHECK(history.rows[1].value(5).text == QStringLiteral("Event"));
    bool deceased = false;
    for (const auto& row : history.rows)
        deceased = deceased || row.value(5).text == QStringLiteral("Deceased");
    CHECK(deceased);
    const auto csvSheets = chibo::SheetReader::readAll(csv);
    REQUIRE(csvSheets.ok());
    CHECK(csvSheets->size() == 1);
}

TEST_CASE("import-members counts the status events of a workbook's history, in a dry run and for real")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString xlsx = cli.path(QStringLiteral("chuyen-den.xlsx"));
    using chibo::SheetValue;
    const auto cell = [](const char* utf8) {
        return SheetValue::ofText(text(utf8));
    };
    chibo::SheetTable members{
        text("Đảng viên"),
        {text("Họ và tên"), text("Giới tính"), text("Số thẻ đảng viên"), text("Ngày kết nạp"),
         text("Ngày chính thức"), text("Tình trạng")},
        {{cell("Hà Văn Thắng"), cell("Nam"), cell("48.000301"), SheetValue::ofDate(QDate(1978, 3, 26)),
          SheetValue::ofDate(QDate(1979, 3, 26)), cell("Đảng viên chính thức, miễn sinh hoạt")},
         {cell("Lục Thị Mến"), cell("Nữ"), cell("48.000302"), SheetValue::ofDate(QDate(2010, 5, 19)),
          SheetValue::ofDate(QDate(2011, 5, 19)), cell("Đảng viên chính thức")}},
        {}};
    chibo::SheetTable history{
        text("Lịch sử tình trạng"),
        {text("Họ và tên"), text("Số thẻ đảng viên"), text("Ngày"), text("Sự kiện"), text("Số quyết định")},
        {{cell("Hà Văn Thắng"), cell("48.000301"), SheetValue::ofDate(QDate(2024, 3, 1)),
          cell("Miễn công tác và sinh hoạt đảng"), cell("Số 05-NQ/CB")},
         {cell("Lục Thị Mến"), cell("48.000302"), SheetValue::ofDate(QDate(2026, 10, 1)),
          cell("Chuyển sinh hoạt chính thức đến"), cell("Số 61-GGT/ĐU")}},
        {}};
    REQUIRE(chibo::XlsxWriter::write(xlsx, {members, history}).ok());
    const QStringList import{QStringLiteral("import-members"), xlsx,
                             QStringLiteral("--org"),          text("Chi bộ buôn Ea Kring"),
                             QStringLiteral("--date"),         QStringLiteral("2026-11-22")};
    const auto dryRun = cli.runOn(db, import + QStringList{QStringLiteral("--dry-run")});
    INFO(dryRun.out.toStdString() + dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(
        dryRun.out.contains(text("chuyen-den.xlsx: status history on sheet “Lịch sử tình trạng”: 2 event")));
    CHECK(dryRun.out.contains(QStringLiteral("2 status event")));
    CHECK(dryRun.out.contains(QStringLiteral("would be recorded with them.")));
    CHECK_FALSE(dryRun.out.contains(QStringLiteral("warning")));

    const auto imported = cli.runOn(db, import);
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("2 status event")));
    CHECK(imported.out.contains(QStringLiteral("recorded with them.")));
    const auto listed =
        cli.runOn(db, {QStringLiteral("members"), QStringLiteral("--org"), text("Chi bộ buôn Ea Kring"),
                       QStringLiteral("--search"), QStringLiteral("ha van thang"), QStringLiteral("--date"),
                       QStringLiteral("2026-11-22")});
    CHECK(listed.out.contains(text("Hà Văn Thắng")));
    CHECK(listed.out.contains(QStringLiteral("Full member, exempt")));
}

TEST_CASE("import-members warns about a status a CSV gives without its date, and imports the members")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString csv = cli.path(QStringLiteral("tu-tran.csv"));
    writeFile(csv, "Họ và tên,Giới tính,Ngày kết nạp,Ngày chính thức,Tình trạng\n"
                   "Hà Văn Thắng,Nam,26/03/1978,26/03/1979,Từ trần\n"
                   "Lục Thị Mến,Nữ,19/05/2010,19/05/2011,Đảng viên chính thức\n");
    const auto imported =
        cli.runOn(db, {QStringLiteral("import-members"), csv, QStringLiteral("--org"),
                       text("Chi bộ buôn Ea Kring"), QStringLiteral("--date"), QStringLiteral("2026-11-22")});
    INFO(imported.out.toStdString() + imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(
        imported.out.contains(text("tu-tran.csv: warning: row 2, column E (Tình trạng): the status “Từ trần” "
                                   "cannot be re-created without its date")));
    CHECK(imported.out.contains(QStringLiteral("1 warning")));
    CHECK_FALSE(imported.out.contains(QStringLiteral("status event")));
}

TEST_CASE("import-members lists every problem with its row and column and imports nothing")
{
    const CliRunner cli;
    const QString db = cli.demoDatabase();
    const QString csv = cli.path(QStringLiteral("members.csv"));
    writeFile(csv, "Họ và tên,Giới tính,Số thẻ đảng viên,Ngày sinh\n"
                   "Nguyễn Văn Bảy,Nam,48.000201,12/05/1975\n"
                   "Đặng Thị Tâm,Nữ,48.000202,31/02/1980\n"
                   ",Nam,48.000203,01/01/1990\n"
                   "Lê Thị Hồng,Nữ,48.000201,07/03/1985\n"
                   "Y Bhăm Êban,x,48.000204,02/09/1979\n");
    const auto refused =
        cli.runOn(db, {QStringLiteral("import-members"), csv, QStringLiteral("--org"),
                       text("Chi bộ buôn Ea Kring"), QStringLiteral("--date"), QStringLiteral("2026-11-22")});
    CHECK(refused.exitCode == 1);
    INFO(refused.out.toStdString());
    CHECK(refused.out.contains(text("members.csv: row 3, column D (Ngày sinh): “31/02/1980” is not a date")));
    CHECK(refused.out.contains(text("members.csv: row 4, column A (Họ và tên): the full name is empty")));
    CHECK(refused.out.contains(
        text("members.csv: row 5, column C (Số thẻ đảng viên): “48.000201” is also on row 2")));
    CHECK(refused.out.contains(text("members.csv: row 6, column B (Giới tính): “x” is not a sex")));
    CHECK(refused.out.contains(QStringLiteral("Nothing imported: 4 problem")));
    const auto listed =
        cli.runOn(db, {QStringLiteral("members"), QStringLiteral("--org"), text("Chi bộ buôn Ea Kring"),
                       QStringLiteral("--search"), QStringLiteral("Nguyen Van Bay")});
    CHECK_FALSE(listed.out.contains(text("Nguyễn Văn Bảy")));
}
