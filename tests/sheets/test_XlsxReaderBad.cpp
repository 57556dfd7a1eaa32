// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsxReader.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

using namespace chibo;
using namespace chibo::test;

namespace {

const QString sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");

Error readError(const QString& path)
{
    const auto grid = SheetReader::read(path);
    REQUIRE_FALSE(grid.ok());
    INFO(grid.error().toString().toStdString());
    CHECK(grid.error().code == QStringLiteral("sheet_read"));
    return grid.error();
}

/// `entries` with the worksheet part replaced by `sheetXml`.
ZipEntries withSheet(ZipEntries entries, const QByteArray& sheetXml)
{
    for (auto& [name, bytes] : entries) {
        if (name == sheetPart)
            bytes = sheetXml;
    }
    return entries;
}

} // namespace

TEST_CASE("A file that is not a ZIP package is refused, naming the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    writeFile(path, u8("Họ và tên,Ngày sinh\r\nĐặng Thị Bình,01/02/1980\r\n").toUtf8());
    const Error error = readError(path);
    CHECK(error.message.contains(QStringLiteral("members.xlsx")));
    CHECK(error.location == QStringLiteral("members.xlsx"));

    const Error missing = readError(dir.filePath(QStringLiteral("khong-co.xlsx")));
    CHECK(missing.message.contains(QStringLiteral("khong-co.xlsx")));
}

TEST_CASE("A ZIP without a workbook is refused, naming the file and the missing part")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    writeZip(path, {{QStringLiteral("ghi-chu.txt"), QByteArray("Chi bộ buôn Ea Kring")}});
    const Error error = readError(path);
    CHECK(error.message.contains(QStringLiteral("members.xlsx")));
    CHECK(error.message.contains(QStringLiteral("xl/workbook.xml")));
    CHECK(error.location == QStringLiteral("members.xlsx:xl/workbook.xml"));
}

TEST_CASE("Truncated XML is refused with the file, the part, the line and the column")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    const ZipEntries entries =
        handWrittenWorkbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Đặng Thị Bình</t>"
                            "</is></c></row>\n<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
    QByteArray truncated;
    for (const auto& [name, bytes] : entries) {
        if (name == sheetPart)
            truncated = bytes.left(bytes.indexOf("<row r=\"2\"") + 14);
    }
    writeZip(path, withSheet(entries, truncated));
    const Error error = readError(path);
    CHECK(error.message.contains(QStringLiteral("members.xlsx")));
    CHECK(error.message.contains(sheetPart));
    CHECK(QRegularExpression(QStringLiteral("^members\\.xlsx:xl/worksheets/sheet1\\.xml:3:\\d+$"))
              .match(error.location)
              .hasMatch());
}

TEST_CASE("Bad cell contents are refused with the cell named")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    writeZip(path, handWrittenWorkbook("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>",
                                       "<si><t>Họ và tên</t></si>"));
    const Error badIndex = readError(path);
    CHECK(badIndex.message.contains(QStringLiteral("B1")));
    CHECK(badIndex.location.startsWith(QStringLiteral("members.xlsx:xl/worksheets/sheet1.xml:")));

    writeZip(path, handWrittenWorkbook("<row r=\"1\"><c r=\"1B\"><v>5</v></c></row>"));
    CHECK(readError(path).message.contains(QStringLiteral("1B")));
    writeZip(path, handWrittenWorkbook("<row r=\"1\"><c r=\"C1\"><v>năm</v></c></row>"));
    CHECK(readError(path).message.contains(QStringLiteral("C1")));
    writeZip(path, handWrittenWorkbook("<row r=\"2000000\"><c><v>5</v></c></row>"));
    CHECK(readError(path).message.contains(QStringLiteral("2000000")));
}

TEST_CASE("A part that claims to unpack to more than 200 MB is not unpacked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    writeZip(path, handWrittenWorkbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // Rewrite the worksheet's uncompressed size in the central directory to 300 MB.
    const QByteArray centralHeader("PK\x01\x02", 4);
    bool patched = false;
    for (qsizetype at = bytes.indexOf(centralHeader); at >= 0; at = bytes.indexOf(centralHeader, at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(bytes.constData() + at + 28);
        if (bytes.mid(at + 46, nameLength) == sheetPart.toUtf8()) {
            qToLittleEndian<quint32>(300u * 1024 * 1024, bytes.data() + at + 24);
            patched = true;
        }
    }
    REQUIRE(patched);
    file.seek(0);
    file.write(bytes);
    file.close();
    const Error error = readError(path);
    CHECK(error.message.contains(QStringLiteral("200 MB")));
    CHECK(error.location == QStringLiteral("bomb.xlsx:") + sheetPart);
}

TEST_CASE("Only .xlsx and .csv are read, and the message says so")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xls"));
    writeFile(path, QByteArray("\xD0\xCF\x11\xE0", 4));
    const Error error = readError(path);
    CHECK(error.message.contains(QStringLiteral("members.xls")));
    CHECK(error.message.contains(QStringLiteral(".xlsx")));
    CHECK(error.message.contains(QStringLiteral(".csv")));
    const auto all = SheetReader::readAll(path);
    REQUIRE_FALSE(all.ok());
    CHECK(all.error().message == error.message);
}
