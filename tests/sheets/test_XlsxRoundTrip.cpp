// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxReader.h"
#include "sheets/XlsxWriter.h"
#include "support/Catch.h"

#include <QDir>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

SheetTable memberTable()
{
    SheetTable table;
    table.title = u8("Đảng viên");
    table.caption = u8("Chi bộ buôn Ea Kring — năm 2025");
    table.header = {u8("Họ và tên"), u8("Ngày sinh"), u8("Tuổi đảng"), u8("Tỉ lệ dự họp")};
    table.rows = {
        {SheetValue::ofText(u8("Đặng Thị Bình")), SheetValue::ofDate(QDate(1985, 2, 28)),
         SheetValue::ofInteger(12), SheetValue::ofShare(Rational(467, 500))},
        {SheetValue::ofText(u8("H'Drơng Adrơng")), SheetValue::ofDate(QDate(2024, 2, 29)),
         SheetValue::ofInteger(0), SheetValue::ofShare(Rational(1))},
        {SheetValue::ofText(u8("Nguyễn Văn An")), SheetValue::ofDate(QDate(1900, 3, 1)),
         SheetValue::ofInteger(-3), SheetValue::ofShare(Rational(2, 3))},
        {SheetValue::ofText(u8("Chi bộ buôn Ea Kring")).withFill(QStringLiteral("#FFC7CE")),
         SheetValue::ofDate(QDate(1900, 2, 28)), SheetValue().withFill(QStringLiteral("#000000")),
         SheetValue::ofShare(Rational(0)).withFill(QStringLiteral("#C6EFCE"))},
        {SheetValue::ofText(u8("Y Bhăm Niê")), SheetValue::ofDate(QDate(1899, 8, 15))},
    };
    return table;
}

} // namespace

TEST_CASE("An XLSX written and read back holds the same texts, integers, dates and shares")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    const SheetTable table = memberTable();
    const Status written = XlsxWriter::write(path, {table});
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written.ok());

    const auto grid = XlsxReader::read(path);
    INFO((grid ? QString() : grid.error().toString()).toStdString());
    REQUIRE(grid.ok());
    CHECK(grid->sourceName == QStringLiteral("bao-cao.xlsx"));
    CHECK(grid->sheetName == u8("Đảng viên"));
    REQUIRE(grid->rows.size() == 2 + table.rows.size());
    CHECK(grid->rows[0] == QList<SheetValue>{SheetValue::ofText(table.caption)});
    for (int c = 0; c < table.header.size(); ++c)
        CHECK(grid->rows[1][c] == SheetValue::ofText(table.header[c]));
    for (int r = 0; r < 4; ++r) {
        const auto& read = grid->rows[r + 2];
        const auto& wrote = table.rows[r];
        REQUIRE(read.size() == 4);
        CHECK(read[0].text == wrote[0].text);
        CHECK(read[1] == SheetValue::ofDate(wrote[1].date));
        if (wrote[2].kind == SheetValue::Kind::Integer)
            CHECK(read[2] == SheetValue::ofInteger(wrote[2].integer));
        REQUIRE(read[3].kind == SheetValue::Kind::Share);
        CHECK(read[3].share.toPercent(1) == wrote[3].share.toPercent(1));
    }
    CHECK(grid->rows[2][3].share == Rational(467, 500)); // 93.4 % exactly, not a double's neighbour
    CHECK(grid->rows[3][3].share == Rational(1));
    CHECK(grid->rows[5][2].isEmpty()); // a filled empty cell is still empty
    // Excel has no days before 1900: such a date is written as the text a person would type.
    CHECK(grid->rows[6] == QList<SheetValue>{SheetValue::ofText(u8("Y Bhăm Niê")),
                                             SheetValue::ofText(QStringLiteral("15/08/1899"))});
}

TEST_CASE("The written XLSX keeps Vietnamese as UTF-8 and has a frozen, filtered, formatted header")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    REQUIRE(XlsxWriter::write(path, {memberTable()}).ok());

    const QByteArray strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char* name : {"Đặng Thị Bình", "H&apos;Drơng Adrơng", "Chi bộ buôn Ea Kring"}) {
        INFO(name);
        const bool found =
            strings.contains(name) || strings.contains(QByteArray(name).replace("&apos;", "'"));
        CHECK(found);
    }
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("topLeftCell=\"A3\""));
    CHECK(sheet.contains("<autoFilter ref=\"A2:D7\"/>"));
    CHECK(sheet.contains("<col "));
    // Printed on A4 one page wide, in portrait for four columns, the header repeated on each page.
    CHECK(sheet.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\""));
    CHECK_FALSE(sheet.contains("landscape"));
    CHECK(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains("_xlnm.Print_Titles"));
    const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("formatCode=\"0.0%\""));
    CHECK(styles.contains("formatCode=\"dd/mm/yyyy\""));
    CHECK(styles.contains("rgb=\"FFFFC7CE\""));
    CHECK(styles.contains("rgb=\"FFDDEBF7\"")); // the header's light fill
    CHECK(styles.contains("<b/>"));
    // Nothing but the workbook is left in the folder: no temporary file.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("bao-cao.xlsx")});
}

TEST_CASE("Several tables become sheets with valid, unique names, each readable by index")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ket-qua.xlsx"));
    SheetTable first;
    first.title = u8("Kết quả 2025/2026");
    first.header = {u8("Chi bộ"), u8("Xếp loại")};
    first.rows = {{SheetValue::ofText(u8("Chi bộ thôn 3")), SheetValue::ofText(u8("Hoàn thành tốt"))}};
    SheetTable second = first;
    second.rows = {{SheetValue::ofText(u8("Chi bộ thôn 5")), SheetValue::ofText(u8("Hoàn thành xuất sắc"))}};
    REQUIRE(XlsxWriter::write(path, {first, second}).ok());

    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(u8("name=\"Kết quả 2025_2026\"").toUtf8()));
    CHECK(workbook.contains(u8("name=\"Kết quả 2025_2026 (2)\"").toUtf8()));
    const auto secondSheet = XlsxReader::read(path, 1);
    REQUIRE(secondSheet.ok());
    CHECK(secondSheet->sheetName == u8("Kết quả 2025_2026 (2)"));
    // No caption: the header is row 1.
    CHECK(secondSheet->cell(0, 1) == SheetValue::ofText(u8("Xếp loại")));
    CHECK(secondSheet->cell(1, 1) == SheetValue::ofText(u8("Hoàn thành xuất sắc")));
    const auto none = XlsxReader::read(path, 2);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("ket-qua.xlsx")));
    const auto all = SheetReader::readAll(path);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).sheetName == u8("Kết quả 2025_2026"));
    CHECK(all->at(0).cell(1, 0) == SheetValue::ofText(u8("Chi bộ thôn 3")));
    CHECK(all->at(1) == *secondSheet);
}

TEST_CASE("Writing an XLSX where it cannot be saved fails naming the path and leaves no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("khong-co/bao-cao.xlsx"));
    const Status written = XlsxWriter::write(path, {memberTable()});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("sheet_write"));
    CHECK(written.error().location == path);
    CHECK(written.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A failed XLSX write leaves the previous file untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bao-cao.xlsx"));
    REQUIRE(XlsxWriter::write(path, {memberTable()}).ok());
    const QByteArray before = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    SheetTable tooLong = memberTable();
    tooLong.rows.append({SheetValue::ofText(QString(40000, u'a'))}); // over Excel's 32767 characters
    const Status written = XlsxWriter::write(path, {tooLong});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("sheet_write"));
    CHECK(written.error().message.contains(QStringLiteral("A8")));
    CHECK(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("bao-cao.xlsx")});
}
