// SPDX-License-Identifier: GPL-3.0-or-later
#include "VillageFixture.h"
#include "services/DatasetTransfer.h"
#include "services/DocumentRegister.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::text;
using chibo::test::VillageFixture;

namespace {

/// The village with committee terms: Ea Kring 2022–2025 and 2025–2027 (a subordinate cell holds its
/// congress twice in five years), the commune 2025–2030. Thôn 1 has none recorded.
std::unique_ptr<Workspace> villageWithTerms()
{
    Dataset dataset = VillageFixture::dataset();
    for (Organisation& org : dataset.organisations) {
        if (org.id == VillageFixture::eaKring())
            org.terms = {
                {QUuid::createUuid(), QDate(2022, 7, 1), QDate(2025, 6, 30), QStringLiteral("2022–2025")},
                {QUuid::createUuid(), QDate(2025, 7, 1), QDate(2027, 12, 31), QStringLiteral("2025–2027")}};
        if (org.id == VillageFixture::eaSin())
            org.terms = {
                {QUuid::createUuid(), QDate(2025, 7, 1), QDate(2030, 6, 30), QStringLiteral("2025–2030")}};
    }
    auto opened = Workspace::openInMemory();
    REQUIRE(opened.ok());
    REQUIRE(DatasetTransfer::importDataset(**opened, dataset, QStringLiteral("village")).ok());
    return std::move(opened).value();
}

DocumentRequest yearReport(int year, QDate on)
{
    return {VillageFixture::eaKring(),
            QStringLiteral("BC"),
            QStringLiteral("year-report/%1").arg(year),
            text("Kết quả đánh giá, xếp loại chất lượng năm ") + QString::number(year),
            on,
            0};
}

int numberOf(const Result<IssuedDocument>& issued)
{
    INFO((issued ? QString() : issued.error().toString()));
    REQUIRE(issued.ok());
    return issued->number;
}

} // namespace

TEST_CASE("Numbers run from 01 for each type through a term, and a document printed again keeps its number")
{
    const auto workspace = villageWithTerms();
    const Session secretary = VillageFixture::secretaryOfEaKring();
    const QDateTime at = VillageFixture::now();
    CHECK(numberOf(DocumentRegister::issue(*workspace, secretary, yearReport(2024, QDate(2024, 12, 20)),
                                           at)) == 1);
    // 2025's report falls in the new term: the numbering starts again.
    CHECK(numberOf(DocumentRegister::issue(*workspace, secretary, yearReport(2025, QDate(2025, 12, 18)),
                                           at)) == 1);
    DocumentRequest minutes{VillageFixture::eaKring(),
                            QStringLiteral("BB"),
                            QStringLiteral("minutes/10-2026"),
                            text("Sinh hoạt chi bộ định kỳ tháng 10 năm 2026"),
                            QDate(2026, 10, 10),
                            0};
    CHECK(numberOf(DocumentRegister::issue(*workspace, secretary, minutes, at)) == 1); // its own type
    DocumentRequest byHand{VillageFixture::eaKring(),
                           QStringLiteral("BC"),
                           {},
                           text("Báo cáo sơ kết 6 tháng đầu năm 2026"),
                           QDate(2026, 7, 2),
                           0};
    CHECK(numberOf(DocumentRegister::issue(*workspace, secretary, byHand, at)) == 2);
    CHECK(numberOf(DocumentRegister::issue(*workspace, secretary, yearReport(2026, QDate(2026, 12, 15)),
                                           at)) == 3);

    // Printing the 2025 report again gives back its entry and writes nothing.
    const auto again =
        DocumentRegister::issue(*workspace, secretary, yearReport(2025, QDate(2025, 12, 28)), at);
    REQUIRE(again.ok());
    CHECK(again->number == 1);
    CHECK(again->issuedOn == QDate(2025, 12, 18));
    const auto register_ = DocumentRegister::entries(*workspace, VillageFixture::eaKring());
    REQUIRE(register_.ok());
    REQUIRE(register_->size() == 5);
    CHECK(register_->constFirst().termFrom == QDate(2022, 7, 1));
    CHECK(register_->constFirst().recordedBy == text("Nguyễn Văn An"));
    const auto found = DocumentRegister::find(*workspace, VillageFixture::eaKring(), QStringLiteral("BC"),
                                              QStringLiteral("year-report/2026"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->number == 3);
}

TEST_CASE("A number given twice, a date outside every term and a session that may not number are refused")
{
    const auto workspace = villageWithTerms();
    const QDateTime at = VillageFixture::now();
    DocumentRequest resolution{VillageFixture::eaKring(),
                               QStringLiteral("NQ"),
                               {},
                               text("Nghị quyết về phát triển đảng viên năm 2026"),
                               QDate(2026, 1, 8),
                               4};
    REQUIRE(DocumentRegister::issue(*workspace, VillageFixture::secretaryOfEaKring(), resolution, at).ok());
    resolution.title = text("Nghị quyết về công tác dân vận");
    const auto taken = DocumentRegister::issue(*workspace, VillageFixture::admin(), resolution, at);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == QStringLiteral("document.number-taken"));
    CHECK(taken.error().message.contains(text("04-NQ/CB")));
    CHECK(taken.error().message.contains(text("Nghị quyết về phát triển đảng viên năm 2026")));
    resolution.number = 0; // the next free number follows the one continued from paper
    CHECK(numberOf(DocumentRegister::issue(*workspace, VillageFixture::admin(), resolution, at)) == 5);

    const auto noTerm = DocumentRegister::issue(*workspace, VillageFixture::admin(),
                                                yearReport(2021, QDate(2021, 12, 20)), at);
    REQUIRE_FALSE(noTerm.ok());
    CHECK(noTerm.error().code == QStringLiteral("document.no-term"));
    CHECK(noTerm.error().message.contains(text("20/12/2021")));
    DocumentRequest thon1 = yearReport(2025, QDate(2025, 12, 20));
    thon1.orgId = VillageFixture::thon1();
    CHECK(DocumentRegister::issue(*workspace, VillageFixture::admin(), thon1, at).error().code ==
          QStringLiteral("document.no-term"));

    const auto otherCell = DocumentRegister::issue(*workspace, VillageFixture::secretaryOfThon1(),
                                                   yearReport(2025, QDate(2025, 12, 20)), at);
    REQUIRE_FALSE(otherCell.ok());
    CHECK(otherCell.error().code == QStringLiteral("permission_denied"));
    const Session viewer{text("Lê Văn Khách"), Role::Viewer, {}};
    CHECK(
        DocumentRegister::issue(*workspace, viewer, yearReport(2025, QDate(2025, 12, 20)), at).error().code ==
        QStringLiteral("permission_denied"));
    // A committee member numbers the committee's documents, and a cell's.
    CHECK(DocumentRegister::issue(*workspace, VillageFixture::committeeMember(),
                                  yearReport(2025, QDate(2025, 12, 20)), at)
              .ok());
    CHECK(DocumentRegister::entries(*workspace, VillageFixture::eaKring())->size() == 3);
}

TEST_CASE("Symbols are two digits, the type and the issuer, a blank number leaves room to write it")
{
    Organisation cell;
    cell.kind = OrgKind::SubordinateCell;
    CHECK(DocumentRegister::symbol(cell, QStringLiteral("BC"), 5) == QStringLiteral("05-BC/CB"));
    Organisation committee;
    committee.kind = OrgKind::GrassrootsCommittee;
    CHECK(DocumentRegister::symbol(committee, QStringLiteral("BC"), 12) == text("12-BC/ĐU"));
    committee.shortName = QStringLiteral("ĐUK");
    CHECK(DocumentRegister::symbol(committee, QStringLiteral("NQ"), 0) ==
          QString(4, QChar(0x00A0)) + text("-NQ/ĐUK"));
    CHECK(DocumentRegister::typeName(QStringLiteral("XYZ")) == QStringLiteral("XYZ"));
}
