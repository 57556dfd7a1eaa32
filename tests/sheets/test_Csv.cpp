// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"
#include "sheets/CsvReader.h"
#include "sheets/CsvWriter.h"
#include "sheets/SheetReader.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace chibo;
using namespace chibo::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

SheetTable trickyTable()
{
    SheetTable table;
    table.title = u8("Đảng viên");
    table.caption = u8("Chi bộ buôn Ea Kring, năm 2025");
    table.header = {u8("Họ và tên"), u8("Ghi chú"), u8("Ngày vào Đảng"), u8("Tuổi đảng"), u8("Dự họp")};
    table.rows = {
        {SheetValue::ofText(u8("Đặng Thị Bình")), SheetValue::ofText(u8("nói \"đạt\", rồi về")),
         SheetValue::ofDate(QDate(2024, 2, 29)), SheetValue::ofInteger(12),
         SheetValue::ofShare(Rational(467, 500))},
        {SheetValue::ofText(u8("H'Drơng Adrơng")), SheetValue::ofText(u8("dòng 1\ndòng 2")),
         SheetValue::ofDate(QDate(1900, 3, 1)), SheetValue(), SheetValue::ofShare(Rational(1))},
        {SheetValue::ofText(u8("Nguyễn Văn An")), SheetValue(), SheetValue(), SheetValue::ofInteger(-3),
         SheetValue::ofShare(Rational(2, 3))},
    };
    return table;
}

} // namespace

TEST_CASE("A CSV is UTF-8 with a BOM, CRLF lines and RFC 4180 quotes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-vien.csv"));
    REQUIRE(CsvWriter::write(path, trickyTable()).ok());
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString expected = u8("\"Chi bộ buôn Ea Kring, năm 2025\"\r\n"
                                "Họ và tên,Ghi chú,Ngày vào Đảng,Tuổi đảng,Dự họp\r\n"
                                "Đặng Thị Bình,\"nói \"\"đạt\"\", rồi về\",29/02/2024,12,93.4%\r\n"
                                "H'Drơng Adrơng,\"dòng 1\ndòng 2\",01/03/1900,,100.0%\r\n"
                                "Nguyễn Văn An,,,-3,66.7%\r\n");
    CHECK(QString::fromUtf8(bytes.mid(3)) == expected);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("dang-vien.csv")});
}

TEST_CASE("A CSV written and read back gives the same texts in the same places")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dang-vien.csv"));
    const SheetTable table = trickyTable();
    REQUIRE(CsvWriter::write(path, table).ok());
    const auto grid = SheetReader::read(path);
    REQUIRE(grid.ok());
    CHECK(grid->sourceName == QStringLiteral("dang-vien.csv"));
    CHECK(grid->sheetName == QStringLiteral("dang-vien"));
    REQUIRE(grid->rows.size() == 5);
    CHECK(grid->rows[0] == QList<SheetValue>{SheetValue::ofText(table.caption)});
    CHECK(grid->cell(1, 2) == SheetValue::ofText(u8("Ngày vào Đảng")));
    CHECK(grid->rows[2] == QList<SheetValue>{SheetValue::ofText(u8("Đặng Thị Bình")),
                                             SheetValue::ofText(u8("nói \"đạt\", rồi về")),
                                             SheetValue::ofText(QStringLiteral("29/02/2024")),
                                             SheetValue::ofText(QStringLiteral("12")),
                                             SheetValue::ofText(QStringLiteral("93.4%"))});
    CHECK(grid->cell(3, 1) == SheetValue::ofText(u8("dòng 1\ndòng 2")));
    CHECK(grid->cell(3, 3).isEmpty());
    CHECK(grid->cell(4, 1).kind == SheetValue::Kind::Empty);
    // A CSV file is one table: every sheet of it is that one.
    const auto all = SheetReader::readAll(path);
    REQUIRE(all.ok());
    CHECK(*all == QList<SheetGrid>{*grid});
}

TEST_CASE("A semicolon-separated CSV without BOM, as Excel saves it in some locales, is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("MEMBERS.CSV"));
    writeFile(path, u8("Họ và tên;Ngày sinh;Ghi chú\n"
                       "Đặng Thị Bình;01/02/1980;\"có dấu ; trong ô\"\n"
                       "\n"
                       "\"H'Drơng \"\"Ama\"\" Adrơng\";15/08/1975;\"hai\r\ndòng\"")
                        .toUtf8());
    const auto grid = SheetReader::read(path);
    REQUIRE(grid.ok());
    REQUIRE(grid->rows.size() == 4);
    CHECK(grid->rows[0].size() == 3);
    CHECK(grid->cell(1, 2) == SheetValue::ofText(u8("có dấu ; trong ô")));
    CHECK(grid->rows[2].isEmpty()); // an empty line keeps its row number
    CHECK(grid->cell(3, 0) == SheetValue::ofText(u8("H'Drơng \"Ama\" Adrơng")));
    CHECK(grid->cell(3, 2) == SheetValue::ofText(u8("hai\ndòng")));
}

TEST_CASE("The separator is the most frequent of comma, semicolon and tab on the first non-empty line")
{
    CHECK(CsvReader::detectSeparator(u"a,b;c,d") == u',');
    CHECK(CsvReader::detectSeparator(u"\r\n\"x,y,z\";b;c") == u';');
    CHECK(CsvReader::detectSeparator(u"a\tb\tc,d") == u'\t');
    CHECK(CsvReader::detectSeparator(u"one field") == u',');
    const auto tabbed =
        CsvReader::parse(u8("Họ và tên\tTuổi\r\nY Bhăm Niê\t45\r\n").toUtf8(), QStringLiteral("ds.txt"));
    REQUIRE(tabbed.ok());
    CHECK(tabbed->cell(1, 1) == SheetValue::ofText(QStringLiteral("45")));
}

TEST_CASE("Invalid UTF-8 and an unclosed quote are refused with the line")
{
    const QByteArray latin1 = QByteArray("H\xe1\xbb\x8d v\xc3\xa0 t\xc3\xaan\r\n") + "Nguyen Van An\r\n" +
                              QByteArray("\xD0\xB6ng Th\xEF Bnh\r\n");
    const auto bad = CsvReader::parse(latin1, QStringLiteral("members.csv"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("sheet_read"));
    CHECK(bad.error().location == QStringLiteral("members.csv:3"));
    CHECK(bad.error().message.contains(QStringLiteral("members.csv")));
    CHECK(bad.error().message.contains(QStringLiteral("3")));

    const auto open = CsvReader::parse(u8("Họ và tên\r\nĐặng Thị Bình\r\n\"Nguyễn Văn An\r\nx\r\n").toUtf8(),
                                       QStringLiteral("members.csv"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().location == QStringLiteral("members.csv:3"));
}

TEST_CASE("Writing a CSV where it cannot be saved fails naming the path")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("khong-co/dang-vien.csv"));
    const Status written = CsvWriter::write(path, trickyTable());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == QStringLiteral("sheet_write"));
    CHECK(written.error().location == path);
    CHECK_FALSE(QFile::exists(path));
}
