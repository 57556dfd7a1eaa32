// SPDX-License-Identifier: GPL-3.0-or-later
// Bad member spreadsheets (docs/bad-inputs.md, "CSV and XLSX member import"): `import-members` names the
// row and column (or what is wrong with the file), exits with 1 and writes nothing.
#include "BadInputCase.h"
#include "sheets/SheetTable.h"
#include "sheets/SheetsTestKit.h"
#include "sheets/XlsxWriter.h"
#include "support/Catch.h"

#include <QFile>

using namespace chibo::test;

namespace {

QStringList importInto(const QString& path)
{
    return {QStringLiteral("import-members"), path,
            QStringLiteral("--org"),          text("Chi bộ buôn Ea Kring"),
            QStringLiteral("--date"),         QStringLiteral("2026-11-22")};
}

/// `import-members` of a file `name` holding `bytes`, into the demo's Chi bộ buôn Ea Kring.
std::function<CliCommand(BadInputBench&)> importing(const char* name, QByteArray bytes)
{
    return [name, bytes](BadInputBench& bench) {
        return CliCommand{bench.demo(), importInto(bench.write(QString::fromUtf8(name), bytes))};
    };
}

/// A real workbook of two members written by ChiBo's own writer; `birth` is the first one's date of birth
/// as a text cell.
QByteArray workbook(BadInputBench& bench, const QString& birth)
{
    using chibo::SheetValue;
    const chibo::SheetTable members{
        text("Đảng viên"),
        {text("Họ và tên"), text("Giới tính"), text("Ngày sinh"), text("Ngày kết nạp")},
        {{SheetValue::ofText(text("Nguyễn Thị Hồng Nhung")), SheetValue::ofText(text("Nữ")),
          SheetValue::ofText(birth), SheetValue::ofDate(QDate(2015, 5, 19))},
         {SheetValue::ofText(text("Phạm Văn Đức")), SheetValue::ofText(text("Nam")),
          SheetValue::ofDate(QDate(1988, 9, 2)), SheetValue::ofDate(QDate(2016, 3, 26))}},
        {}};
    const QString path = bench.cli().path(QStringLiteral("written.xlsx"));
    REQUIRE(chibo::XlsxWriter::write(path, {members}).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A workbook whose worksheet's compressed bytes are damaged: the ZIP's table of contents is intact.
QByteArray damagedWorksheet(BadInputBench& bench)
{
    QByteArray bytes = workbook(bench, QStringLiteral("12/03/1990"));
    const qsizetype entry = bytes.indexOf("xl/worksheets/sheet1.xml");
    REQUIRE(entry > 0);
    const qsizetype data = entry + qsizetype(qstrlen("xl/worksheets/sheet1.xml")) + 40;
    REQUIRE(data + 64 < bytes.size());
    for (qsizetype i = data; i < data + 64; ++i)
        bytes[i] = char(0xA5 ^ bytes[i]);
    return bytes;
}

CliCommand xlsxCase(BadInputBench& bench, const QString& name, const QByteArray& bytes)
{
    return {bench.demo(), importInto(bench.write(name, bytes))};
}

const QByteArray header = QByteArrayLiteral("Họ và tên,Ngày sinh,Giới tính,Ngày kết nạp\n");

const QList<BadInputCase>& sheetCases()
{
    static const QList<BadInputCase> cases{
        {"B27",
         importing("windows-1258.csv", "H\xe4 v\xe0 t\xean,Ng\xe0y sinh\nNguy\xean V\xe3n An,12/03/1980\n"),
         1,
         text("“windows-1258.csv”, line 1, is not UTF-8 text. Save the file as “CSV UTF-8” and open it "
              "again.")},
        {"B28",
         importing("no-name-column.csv", "Ngày sinh,Giới tính,Ngày kết nạp\n12/03/1980,Nam,15/06/2010\n"), 1,
         text("No header row found: expected a row with a “Full name” column")},
        {"B29",
         importing("no-sex-column.csv",
                   "Họ và tên,Ngày sinh,Ngày kết nạp\nNguyễn Văn An,12/03/1980,15/06/2010\n"),
         1, text("no-sex-column.csv: No column is read as Sex; it is required.")},
        {"B30",
         importing("impossible-date.csv", header + "Nguyễn Văn An,12/03/1980,Nam,15/06/2010\n"
                                                   "Trần Thị Bình,31/02/1985,Nữ,20/07/2012\n"),
         1,
         text("impossible-date.csv: row 3, column B (Ngày sinh): “31/02/1985” is not a date (dd/mm/yyyy)")},
        {"B31",
         importing("twice.csv", header + "Nguyễn Văn An,12/03/1980,Nam,15/06/2010\n"
                                         "Nguyễn Văn An,12/03/1980,Nam,15/06/2010\n"),
         1, text("twice.csv: row 3, column A (Họ và tên): Nguyễn Văn An, born 12/03/1980, is also on row 2")},
        {"B32", importing("already-there.csv", header + "Y Bluin Hwing,10/02/1998,Nam,24/12/2021\n"), 1,
         text("row 2, column A (Họ và tên): Y Bluin Hwing, born 10/02/1998, is already in the database")},
        {"B33", importing("no-name.csv", header + ",12/03/1980,Nam,15/06/2010\n"), 1,
         text("no-name.csv: row 2, column A (Họ và tên): the full name is empty")},
        {"B34", importing("open-quote.csv", header + "\"Nguyễn Văn An,12/03/1980,Nam,15/06/2010\n"), 1,
         text("“open-quote.csv”: the quote opened on line 2 is never closed.")},
        {"B35",
         [](BadInputBench& bench) {
             const QByteArray whole = workbook(bench, QStringLiteral("12/03/1990"));
             return xlsxCase(bench, QStringLiteral("cut-off.xlsx"), whole.left(whole.size() / 2));
         },
         1, text("“cut-off.xlsx” is damaged or incomplete")},
        {"B36",
         [](BadInputBench& bench) {
             return xlsxCase(bench, QStringLiteral("damaged.xlsx"), damagedWorksheet(bench));
         },
         1, text("“damaged.xlsx” is damaged: the part xl/worksheets/sheet1.xml cannot be unpacked")},
        {"B37",
         [](BadInputBench& bench) {
             const QString path = bench.cli().path(QStringLiteral("photos.xlsx"));
             writeZip(path, {{QStringLiteral("anh/le-ket-nap.txt"), QByteArrayLiteral("Lễ kết nạp")}});
             return CliCommand{bench.demo(), importInto(path)};
         },
         1, text("“photos.xlsx” is not a complete Excel workbook: the part xl/workbook.xml is missing.")},
        {"B38", importing("minutes.xlsx", "Biên bản họp chi bộ tháng 11/2026\n"), 1,
         text("“minutes.xlsx” is not an Excel workbook (.xlsx): it is not a ZIP package.")},
        {"B39", importing("members.ods", "PK\x03\x04 OpenDocument"), 1,
         text("ChiBo reads Excel workbooks (.xlsx) and CSV files (.csv).")},
        {"B40",
         [](BadInputBench& bench) {
             return xlsxCase(bench, QStringLiteral("text-date.xlsx"),
                             workbook(bench, QStringLiteral("30/02/1990")));
         },
         1, text("row 2, column C (Ngày sinh): “30/02/1990” is not a date (dd/mm/yyyy)")},
    };
    return cases;
}

} // namespace

BAD_INPUT_CASE(sheetCases, "B27", "CSV in a legacy encoding")
BAD_INPUT_CASE(sheetCases, "B28", "CSV without the full name column")
BAD_INPUT_CASE(sheetCases, "B29", "CSV without a required column")
BAD_INPUT_CASE(sheetCases, "B30", "CSV with an impossible date names row and column")
BAD_INPUT_CASE(sheetCases, "B31", "CSV listing one member twice")
BAD_INPUT_CASE(sheetCases, "B32", "CSV with a member already in the database")
BAD_INPUT_CASE(sheetCases, "B33", "CSV row without a name")
BAD_INPUT_CASE(sheetCases, "B34", "CSV with a quote never closed")
BAD_INPUT_CASE(sheetCases, "B35", "truncated xlsx")
BAD_INPUT_CASE(sheetCases, "B36", "xlsx whose worksheet cannot be unpacked")
BAD_INPUT_CASE(sheetCases, "B37", "ZIP named xlsx that is not a workbook")
BAD_INPUT_CASE(sheetCases, "B38", "text file named xlsx")
BAD_INPUT_CASE(sheetCases, "B39", "spreadsheet of another type")
BAD_INPUT_CASE(sheetCases, "B40", "xlsx with an impossible date names row and column")
