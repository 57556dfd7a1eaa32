// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxReader.h"
#include "support/Catch.h"

#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

// Cells out of order, rows out of order, gaps, a cell and a row without r, a styled empty cell far down.
const QByteArray scatteredSheet =
    "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>1</v></c><c r=\"A3\" t=\"inlineStr\"><is><t>Đặng Thị "
    "Bình</t></is></c></row>"
    "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
    "<row r=\"7\" spans=\"5:6\"><c r=\"E7\"><v>42</v></c><c><v>43</v></c></row>"
    "<row r=\"8\"><c r=\"A8\" s=\"1\"><v>45351</v></c><c r=\"B8\" s=\"2\"><v>0.93400000000000005</v></c>"
    "<c r=\"C8\"><v>3.25</v></c><c r=\"D8\" s=\"1\"><v>60</v></c><c r=\"E8\" t=\"b\"><v>1</v></c>"
    "<c r=\"F8\" t=\"str\"><f>B1&amp;\"!\"</f><v>Họ và tên!</v></c><c r=\"G8\" s=\"3\"><v>1</v></c>"
    "<c r=\"H8\" s=\"4\"><v>45351.75</v></c></row>"
    "<row><c r=\"A9\" t=\"s\"><v>2</v></c><c r=\"B9\" t=\"e\"><v>#N/A</v></c></row>"
    "<row r=\"12\"><c r=\"D12\" s=\"1\"/></row>";

const QByteArray scatteredStrings =
    "<si><t>Họ và tên</t></si>"
    "<si><r><t xml:space=\"preserve\">H'Drơng </t></r><r><rPr><b/></rPr><t>Adrơng</t></r>"
    "<rPh sb=\"0\" eb=\"1\"><t>phiên âm</t></rPh></si>"
    "<si><t>Chi bộ buôn Ea Kring_x000D_</t></si>";

const QByteArray scatteredFormats = "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                                    "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>";
const QByteArray scatteredXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                                "<xf numFmtId=\"165\"/><xf numFmtId=\"9\"/><xf numFmtId=\"22\"/>";

} // namespace

TEST_CASE("Cells given out of order and with gaps land where their references say")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    writeZip(path, handWrittenWorkbook(scatteredSheet, scatteredStrings, scatteredFormats, scatteredXfs));

    const auto grid = SheetReader::read(path);
    INFO((grid ? QString() : grid.error().toString()).toStdString());
    REQUIRE(grid.ok());
    CHECK(grid->sourceName == QStringLiteral("members.xlsx"));
    CHECK(grid->sheetName == u8("Đảng viên"));
    REQUIRE(grid->rows.size() == 9); // row 12 holds only a formatted empty cell
    CHECK(grid->rows[0] == QList<SheetValue>{SheetValue(), SheetValue::ofText(u8("Họ và tên"))});
    CHECK(grid->rows[1].isEmpty());
    CHECK(grid->rows[2] == QList<SheetValue>{SheetValue::ofText(u8("Đặng Thị Bình")), SheetValue(),
                                             SheetValue::ofText(u8("H'Drơng Adrơng"))});
    for (int empty : {3, 4, 5})
        CHECK(grid->rows[empty].isEmpty());
    CHECK(grid->rows[6] == QList<SheetValue>{SheetValue(), SheetValue(), SheetValue(), SheetValue(),
                                             SheetValue::ofInteger(42), SheetValue::ofInteger(43)});
    const QList<SheetValue> typed = grid->rows[7];
    REQUIRE(typed.size() == 8);
    CHECK(typed[0] == SheetValue::ofDate(QDate(2024, 2, 29)));
    CHECK(typed[1] == SheetValue::ofShare(Rational(467, 500)));
    CHECK(typed[2] == SheetValue::ofText(QStringLiteral("3.25")));
    CHECK(typed[3] == SheetValue::ofText(QStringLiteral("29/02/1900"))); // Excel's day that never was
    CHECK(typed[4] == SheetValue::ofText(QStringLiteral("TRUE")));
    CHECK(typed[5] == SheetValue::ofText(u8("Họ và tên!")));
    CHECK(typed[6] == SheetValue::ofShare(Rational(1)));       // 100 % stays a share
    CHECK(typed[7] == SheetValue::ofDate(QDate(2024, 2, 29))); // 18:00 on that day
    CHECK(grid->rows[8] == QList<SheetValue>{SheetValue::ofText(u8("Chi bộ buôn Ea Kring\r")),
                                             SheetValue::ofText(QStringLiteral("#N/A"))});
    CHECK(grid->cell(6, 5) == SheetValue::ofInteger(43));
    CHECK(grid->cell(100, 100).isEmpty());
}

TEST_CASE("A workbook in the 1904 date system reads its dates from 01/01/1904")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mac.xlsx"));
    ZipEntries entries = handWrittenWorkbook("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43889</v></c></row>", {},
                                             "<numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/>",
                                             "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>");
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("xl/workbook.xml"))
            bytes.replace("<sheets>", "<workbookPr date1904=\"1\"/><sheets>");
    }
    writeZip(path, entries);
    const auto grid = XlsxReader::read(path);
    REQUIRE(grid.ok());
    CHECK(grid->cell(0, 0) == SheetValue::ofDate(QDate(2024, 2, 29))); // 43889 + 1462 = 45351
}

TEST_CASE("A sheet without any cells reads as an empty grid")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trong.xlsx"));
    writeZip(path, handWrittenWorkbook(QByteArray()));
    const auto grid = XlsxReader::read(path);
    REQUIRE(grid.ok());
    CHECK(grid->rows.isEmpty());
}
