// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "report/CellYearReport.h"
#include "report/CommitteeYearReport.h"
#include "report/DocumentHtml.h"
#include "report/DocumentRenderer.h"
#include "report/FourGoodsReport.h"
#include "report/YearReportData.h"
#include "support/Catch.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace chibo;
using namespace chibo::test;

namespace {

const QDate reportDay(2025, 12, 15);

YearReportData yearData(const ReportFixture& f, const QString& org)
{
    auto data = YearReportData::load(*f.workspace, f.criteria, f.orgNamed(org), 2025, ReportFixture::day());
    REQUIRE(data.ok());
    return std::move(data).value();
}

} // namespace

TEST_CASE("the commune's 2025 summary has the HD 36 header, a row per cell and a total, in landscape")
{
    ReportFixture f;
    const YearReportData data = yearData(f, QStringLiteral("Đảng bộ xã Ea Sin"));
    const OfficialDocument document = CommitteeYearReport::build(data, 7, reportDay);
    CHECK(document.header.upperBody == QStringLiteral("ĐẢNG BỘ TỈNH ĐẮK LẮK"));
    CHECK(document.header.issuingBody == QStringLiteral("ĐẢNG ỦY XÃ EA SIN"));
    CHECK(document.header.number == QStringLiteral("Số 07-BC/ĐU")); // no colon
    CHECK(document.header.place == QStringLiteral("Ea Sin"));
    CHECK(document.landscape);
    const QString html = DocumentHtml::of(document);
    // HD 36: issuing body block (upper body, body, *, number), then the Party's name, place and date, then
    // the document type and its summary.
    CHECK(inOrder(html, {QStringLiteral("ĐẢNG BỘ TỈNH ĐẮK LẮK"), QStringLiteral("ĐẢNG ỦY XÃ EA SIN"),
                         QStringLiteral(">*<"), QStringLiteral("Số 07-BC/ĐU"),
                         QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                         QStringLiteral("Ea Sin, ngày 15 tháng 12 năm 2025"), QStringLiteral("BÁO CÁO")}));
    const DocumentTable& table = document.body.at(1).table;
    REQUIRE(table.rows.size() == 10); // nine cells and the total
    CHECK(table.rows.constLast().at(1) == QStringLiteral("Tổng cộng"));
    qint64 members = 0;
    for (qsizetype row = 0; row + 1 < table.rows.size(); ++row)
        members += table.rows.at(row).at(2).toLongLong();
    CHECK(table.rows.constLast().at(2).toLongLong() == members);
    checkGolden(QStringLiteral("commune-2025"), html);

    const QString pdf = f.dir.filePath(QStringLiteral("commune.pdf"));
    REQUIRE(DocumentRenderer::writePdf(document, PageMargins{}, pdf).ok());
    const QString text = pdfText(pdf);
    for (const QString& exact :
         {QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("ĐẢNG ỦY XÃ EA SIN"),
          QStringLiteral("Số 07-BC/ĐU"), QStringLiteral("Ea Sin, ngày 15 tháng 12 năm 2025"),
          QStringLiteral("Chi bộ Trường THCS Ea Sin"), QStringLiteral("Chi bộ Văn phòng Đảng ủy"),
          QStringLiteral("Tổng cộng")})
        CHECK(text.contains(exact));
    CHECK(pdfPageSize(pdf).contains(QStringLiteral("842 x 595 pts (A4)")));
    const QStringList fonts = pdfFonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& font : fonts) {
        INFO(font.toStdString());
        CHECK((font.startsWith(QStringLiteral("LiberationSerif")) ||
               font.startsWith(QStringLiteral("TimesNewRoman"))));
        CHECK(font.section(QRegularExpression(QStringLiteral("\\s+")), -5, -5) == u"yes"); // emb
    }
}

TEST_CASE("a cell's year report lists every member with the level and reason, and who was not rated")
{
    ReportFixture f;
    const QUuid cell = f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring"));
    const YearReportData data = yearData(f, QStringLiteral("Chi bộ buôn Ea Kring"));
    const OfficialDocument document = CellYearReport::build(data, cell, 0, reportDay);
    CHECK(document.header.upperBody == QStringLiteral("ĐẢNG BỘ XÃ EA SIN"));
    CHECK(document.header.issuingBody == QStringLiteral("CHI BỘ BUÔN EA KRING"));
    CHECK(document.header.number == QStringLiteral("Số \u00A0\u00A0\u00A0\u00A0-BC/CB"));
    CHECK(document.signature.capacity == QStringLiteral("T/M CHI BỘ"));
    CHECK_FALSE(document.signature.name.isEmpty());
    const QString html = DocumentHtml::of(document);
    CHECK(html.contains(QStringLiteral("Y Tlam Hwing")));
    CHECK(inOrder(html, {QStringLiteral("Y Bluin Hwing"), QStringLiteral("Y Tlam Hwing")})); // by given name
    checkGolden(QStringLiteral("cell-ea-kring-2025"), html);
    const QString pdf = f.dir.filePath(QStringLiteral("cell.pdf"));
    REQUIRE(DocumentRenderer::writePdf(document, PageMargins{}, pdf).ok());
    const QString text = pdfText(pdf);
    for (const QString& exact : {QStringLiteral("Chi bộ buôn Ea Kring"), QStringLiteral("Nơi nhận:"),
                                 QStringLiteral("H'Drơng Adrơng"), QStringLiteral("Trương Xuân Khánh")})
        CHECK(text.contains(exact));
    CHECK(pdfPageSize(pdf).contains(QStringLiteral("595 x 842 pts (A4)")));
}

TEST_CASE("margins that leave no room on the page are refused and no file is left")
{
    ReportFixture f;
    const YearReportData data = yearData(f, QStringLiteral("Chi bộ buôn Ea Kring"));
    const OfficialDocument document =
        CellYearReport::build(data, f.orgNamed(QStringLiteral("Chi bộ buôn Ea Kring")), 1, reportDay);
    const QString pdf = f.dir.filePath(QStringLiteral("none.pdf"));
    CHECK_FALSE(DocumentRenderer::writePdf(document, PageMargins{150, 150, 35, 15}, pdf).ok());
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("the commune's 2025 bốn tốt list shows each cell's four criteria and never guesses an unknown one")
{
    ReportFixture f;
    const auto document =
        FourGoodsReport::load(*f.workspace, f.criteria, f.orgNamed(QStringLiteral("Đảng bộ xã Ea Sin")), 2025,
                              ReportFixture::day(), 3, reportDay);
    REQUIRE(document.ok());
    CHECK(document->header.number == QStringLiteral("Số 03-DS/ĐU"));
    CHECK(document->type == QStringLiteral("DANH SÁCH"));
    const auto table =
        std::find_if(document->body.cbegin(), document->body.cend(),
                     [](const DocumentBlock& block) { return block.kind == DocumentBlock::Kind::Table; });
    REQUIRE(table != document->body.cend());
    CHECK(table->table.rows.size() == 9);
    CHECK(table->table.header.size() == 7); // No., cell, four criteria, result
    const QString html = DocumentHtml::of(*document);
    CHECK(html.contains(QStringLiteral("Chưa xác định")));
    checkGolden(QStringLiteral("four-goods-2025"), html);
}
