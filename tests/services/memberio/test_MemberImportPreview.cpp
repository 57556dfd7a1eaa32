// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberIoFixture.h"
#include "services/MemberImport.h"
#include "support/Catch.h"

using namespace chibo;
using chibo::test::allProblems;
using chibo::test::MemberIoFixture;
using chibo::test::text;
using chibo::test::textGrid;
using chibo::test::texts;

namespace {

std::string joined(const MemberImportPreview& preview)
{
    return allProblems(preview).join(u'\n').toStdString();
}

const char* badRows = "STT,Họ và tên,Giới tính,Ngày sinh,Số thẻ đảng viên,Số CCCD,Ngày kết nạp,Chức vụ\n"
                      "1,Nguyễn Văn An,Nam,12/05/1975,01234567,066075000123,19/05/2005,Bí thư\n"
                      "2,Đặng Thị Bình,Nữ,31/02/1980,01234568,066180000456,03/02/2012,\n"
                      "3,,Nam,01/01/1990,01234569,,,\n"
                      "4,H'Drơng Adrơng,Nữ,07/03/1985,01234567,,,\n"
                      "5,Y Bhim Niê,x,02/09/1979,01234570,,02/09/2019,\n"
                      ",,,,,,,\n"
                      "6,,,,,,,\n";

} // namespace

TEST_CASE("a CSV with bad rows lists each problem by row and column, and commit writes nothing")
{
    const MemberIoFixture fixture;
    const SheetGrid grid = fixture.csv(QStringLiteral("members.csv"), badRows);
    const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
    REQUIRE(preview.ok());
    CHECK(preview->headerRow == 1);
    CHECK(preview->mapping.value(1) == MemberField::FullName);
    CHECK(preview->mapping.value(2) == MemberField::Sex);
    CHECK(preview->mapping.value(3) == MemberField::BirthDate);
    CHECK(preview->mapping.value(4) == MemberField::PartyCardNumber);
    CHECK(preview->mapping.value(5) == MemberField::CitizenId);
    CHECK(preview->mapping.value(6) == MemberField::CeremonyDate);
    CHECK(preview->unmappedColumns() == texts({"A (STT)", "H (Chức vụ)"}));
    // The empty row and the numbered row with nothing else are not members.
    REQUIRE(preview->rows.size() == 5);
    CHECK(preview->rows[0].row == 2);
    CHECK(preview->rows[0].problems.isEmpty());

    const QStringList problems = allProblems(*preview);
    INFO(joined(*preview));
    CHECK(problems.contains(text("row 3, column D (Ngày sinh): “31/02/1980” is not a date (dd/mm/yyyy)")));
    CHECK(problems.contains(text("row 4, column B (Họ và tên): the full name is empty")));
    CHECK(problems.contains(text("row 5, column E (Số thẻ đảng viên): “01234567” is also on row 2")));
    CHECK(problems.contains(
        text("row 6, column C (Giới tính): “x” is not a sex: write Nam (male) or Nữ (female)")));
    CHECK(problems.size() == 4);
    CHECK(preview->problemCount() == 4);
    CHECK(preview->hasProblems());

    const qsizetype before = fixture.memberCount();
    const auto committed = MemberImport::commit(fixture.workspace(), MemberIoFixture::admin(), *preview,
                                                fixture.thon3(), MemberIoFixture::day());
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().code == QStringLiteral("import.problems"));
    CHECK(committed.error().location == QStringLiteral("members.csv"));
    CHECK(fixture.memberCount() == before);
}

TEST_CASE("headers in English, in capitals and without diacritics map to the same fields")
{
    const SheetGrid english =
        textGrid({texts({"Full name", "Sex", "Date of birth", "Party card number",
                         "Works in the political system", "Home town"}),
                  texts({"Nguyễn Văn An", "Male", "1975-05-12", "01234567", "yes", "Quảng Nam"})});
    const SheetGrid plain =
        textGrid({texts({"", "Danh sách đảng viên chi bộ thôn 3"}), texts({}),
                  texts({"ho va ten", "GIOI TINH", "ngay sinh", "so the dang vien",
                         "trong he thong chinh tri", "que quan"}),
                  texts({"Đặng Thị Bình", "nu", "7/3/1980", "01234568", "không", "Huế"})});
    for (const auto& [grid, headerRow] : {std::pair{english, 1}, std::pair{plain, 3}}) {
        const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
        REQUIRE(preview.ok());
        INFO(joined(*preview));
        CHECK(preview->headerRow == headerRow);
        CHECK(preview->mapping ==
              QList<std::optional<MemberField>>{MemberField::FullName, MemberField::Sex,
                                                MemberField::BirthDate, MemberField::PartyCardNumber,
                                                MemberField::WorksInPoliticalSystem, MemberField::Hometown});
        CHECK_FALSE(preview->hasProblems());
        CHECK(preview->unmappedColumns().isEmpty());
        REQUIRE(preview->rows.size() == 1);
    }
    const Member an = MemberImport::preview(english, MemberIoFixture::day())->rows.first().member;
    CHECK(an.fullName == text("Nguyễn Văn An"));
    CHECK(an.sex == Sex::Male);
    CHECK(an.birthDate == QDate(1975, 5, 12));
    CHECK(an.worksInPoliticalSystem);
    CHECK(an.hometown == text("Quảng Nam"));
    const Member binh = MemberImport::preview(plain, MemberIoFixture::day())->rows.first().member;
    CHECK(binh.sex == Sex::Female);
    CHECK(binh.birthDate == QDate(1980, 3, 7));
    CHECK_FALSE(binh.worksInPoliticalSystem);
}

TEST_CASE("values are read from date and number cells, and yes/no and sex in either language")
{
    SheetGrid grid = textGrid({texts({"Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Số điện thoại",
                                      "Làm việc trong hệ thống chính trị"})});
    grid.rows.append(QList<SheetValue>{SheetValue::ofText(text("H'Drơng Adrơng")),
                                       SheetValue::ofText(text("Nữ")), SheetValue::ofDate(QDate(1985, 3, 7)),
                                       SheetValue::ofInteger(66185000789), SheetValue::ofInteger(905123456),
                                       SheetValue::ofText(QStringLiteral("x"))});
    grid.rows.append(QList<SheetValue>{SheetValue::ofText(text("Lê  Văn   Tám")),
                                       SheetValue::ofText(QStringLiteral("Female")),
                                       SheetValue::ofText(QStringLiteral("01/02/2030")),
                                       {},
                                       {},
                                       SheetValue::ofText(QStringLiteral("có lẽ"))});
    const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE(preview->rows.size() == 2);
    const Member& hdrong = preview->rows[0].member;
    CHECK(preview->rows[0].problems.isEmpty());
    CHECK(hdrong.sex == Sex::Female);
    CHECK(hdrong.birthDate == QDate(1985, 3, 7));
    CHECK(hdrong.citizenId == QStringLiteral("066185000789"));
    CHECK(hdrong.phone == QStringLiteral("0905123456"));
    CHECK(hdrong.worksInPoliticalSystem);
    const MemberImportRow& tam = preview->rows[1];
    CHECK(tam.member.fullName == text("Lê Văn Tám"));
    INFO(tam.problems.join(u'\n').toStdString());
    CHECK(tam.problems ==
          QStringList{text("row 3, column F (Làm việc trong hệ thống chính trị): “có lẽ” is neither yes nor "
                           "no: write Có or Không"),
                      text("row 3, column C (Ngày sinh): 01/02/2030 is in the future (after 22/11/2026)")});
}

TEST_CASE("admission dates out of order are problems of the later date's column")
{
    const SheetGrid grid = textGrid(
        {texts({"Họ và tên", "Giới tính", "Ngày quyết định kết nạp", "Ngày kết nạp", "Ngày chính thức"}),
         texts({"Nguyễn Văn An", "Nam", "10/05/2005", "19/04/2005", ""}),
         texts({"Đặng Thị Bình", "Nữ", "", "03/02/2012", "03/02/2011"}),
         texts({"Phạm Văn Dũng", "Nam", "", "", "15/01/2002"}),
         texts({"Hoàng Thị Mai", "Nữ", "01/06/2016", "", "01/06/2017"})});
    const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
    REQUIRE(preview.ok());
    REQUIRE(preview->rows.size() == 4);
    CHECK(
        preview->rows[0].problems ==
        QStringList{text("row 2, column D (Ngày kết nạp): the admission ceremony (19/04/2005) is before the "
                         "admission decision (10/05/2005)")});
    CHECK(
        preview->rows[1].problems ==
        QStringList{text("row 3, column E (Ngày chính thức): the official member date (03/02/2011) is before "
                         "the admission ceremony (03/02/2012)")});
    CHECK(preview->rows[2].problems ==
          QStringList{text("row 4, column E (Ngày chính thức): an official member date needs the admission "
                           "ceremony or decision date")});
    CHECK(preview->rows[3].problems.isEmpty());
}

TEST_CASE("without a header row the preview is an error naming the headers it looks for")
{
    const SheetGrid grid = textGrid(
        {texts({"Tên đầy đủ", "Phái"}), texts({"Nguyễn Văn An", "Nam"}), texts({"Đặng Thị Bình", "Nữ"})});
    const auto preview = MemberImport::preview(grid, MemberIoFixture::day());
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().code == QStringLiteral("import.no-header"));
    CHECK(preview.error().location == QStringLiteral("members.xlsx"));
    CHECK(preview.error().message.contains(QStringLiteral("“Full name”")));
    CHECK(preview.error().message.contains(QStringLiteral("“Date of birth”")));

    // The person says which row is the header and what each column is.
    const auto remapped =
        MemberImport::remap(grid, 1, {MemberField::FullName, MemberField::Sex}, MemberIoFixture::day());
    INFO(joined(remapped));
    CHECK_FALSE(remapped.hasProblems());
    REQUIRE(remapped.rows.size() == 2);
    CHECK(remapped.rows[1].member.fullName == text("Đặng Thị Bình"));
    CHECK(remapped.rows[1].member.sex == Sex::Female);

    const auto twice =
        MemberImport::remap(grid, 1, {MemberField::FullName, MemberField::FullName}, MemberIoFixture::day());
    CHECK(twice.problems == QStringList{QStringLiteral("Full name is read from more than one column (A, B); "
                                                       "choose one."),
                                        QStringLiteral("No column is read as Sex; it is required.")});
}
