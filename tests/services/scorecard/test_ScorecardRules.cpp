// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaLibrary.h"
#include "services/ScorecardRules.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::anOrganisation;

namespace {

CriteriaSet shippedCriteria()
{
    auto loaded = CriteriaLibrary::load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->problems.isEmpty());
    return loaded->set;
}

QStringList idsFor(const CriteriaSet& criteria, const Organisation& org, int year, int month = 0)
{
    return ScorecardRules::idsOf(ScorecardRules::applicable(criteria, org, year, month));
}

} // namespace

TEST_CASE("a cell's files: QĐ 124 classifies 2024, QĐ 366 classifies 2025, meeting files by their dates")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    Organisation eaKring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell, commune.id);
    eaKring.cellType = CellType::Residential;

    const QStringList in2024 = idsFor(criteria, eaKring, 2024);
    CHECK(in2024.contains(QStringLiteral("xep-loai-to-chuc-qd124")));
    CHECK_FALSE(in2024.contains(QStringLiteral("xep-loai-to-chuc-qd366")));
    CHECK(in2024.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK_FALSE(in2024.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK_FALSE(in2024.contains(QStringLiteral("cham-diem-sinh-hoat-an-phu")));

    const QStringList in2025 = idsFor(criteria, eaKring, 2025);
    CHECK(in2025.contains(QStringLiteral("xep-loai-to-chuc-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-to-chuc-qd124")));
    // HD 12 judges the meetings up to 27/10/2025, HD 42 those from 28/10/2025.
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    for (const QString& id : {QStringLiteral("chi-bo-bon-tot"), QStringLiteral("chi-bo-3-khong"),
                              QStringLiteral("chi-bo-kieu-mau-vi-du"), QStringLiteral("lich-sinh-hoat"),
                              QStringLiteral("lich-sinh-hoat-thang")})
        CHECK(in2025.contains(id));
    // Member files judge members, not the cell; the committee's own model is not a cell's.
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("dang-bo-co-so-bon-tot")));

    const QStringList march2025 = idsFor(criteria, eaKring, 2025, 3);
    CHECK(march2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK_FALSE(march2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    const QStringList november2025 = idsFor(criteria, eaKring, 2025, 11);
    CHECK_FALSE(november2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(november2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
}

TEST_CASE("applies_to decides: the Trà Vinh model is for residential cells only, the committee has its own")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    Organisation buon =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Sin"), OrgKind::SubordinateCell, commune.id);
    buon.cellType = CellType::Residential;
    Organisation school =
        anOrganisation(QStringLiteral("Chi bộ Trường THCS Ea Sin"), OrgKind::SubordinateCell, commune.id);
    school.cellType = CellType::School;

    CHECK(idsFor(criteria, buon, 2025).contains(QStringLiteral("chat-luong-sinh-hoat-nam-tra-vinh")));
    CHECK_FALSE(idsFor(criteria, school, 2025).contains(QStringLiteral("chat-luong-sinh-hoat-nam-tra-vinh")));
    const QStringList forCommune = idsFor(criteria, commune, 2025);
    CHECK(forCommune.contains(QStringLiteral("dang-bo-co-so-bon-tot")));
    CHECK_FALSE(forCommune.contains(QStringLiteral("chi-bo-bon-tot")));
    CHECK_FALSE(forCommune.contains(QStringLiteral("lich-sinh-hoat-thang"))); // months are the cells'
}

TEST_CASE("the files come year models first, rules before examples, and each id once")
{
    const CriteriaSet criteria = shippedCriteria();
    Organisation eaKring = anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell);
    const QList<const Criteria*> files = ScorecardRules::applicable(criteria, eaKring, 2025);
    REQUIRE_FALSE(files.isEmpty());
    int lastOrder = -1;
    for (const Criteria* file : files) {
        const int order = file->subject == SubjectKind::OrganisationYear    ? 0
                          : file->subject == SubjectKind::OrganisationMonth ? 1
                                                                            : 2;
        CHECK(order >= lastOrder);
        lastOrder = order;
    }
    const QStringList ids = ScorecardRules::idsOf(files);
    CHECK(ids.size() == files.size());
    CHECK(ids.indexOf(QStringLiteral("chi-bo-bon-tot")) <
          ids.indexOf(QStringLiteral("chi-bo-kieu-mau-vi-du")));
}

TEST_CASE("the cell model is the file the committee's own model reads, and it has four numbered criteria")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation commune =
        anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::GrassrootsCommittee);
    const Criteria* model = ScorecardRules::cellModel(criteria, commune, 2025);
    REQUIRE(model);
    CHECK(model->id == QStringLiteral("chi-bo-bon-tot"));
    QStringList sections;
    for (const Indicator& indicator : model->indicators) {
        const QString section = ScorecardRules::sectionOf(indicator.label.vi);
        if (!sections.contains(section))
            sections.append(section);
    }
    CHECK(sections ==
          QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(ScorecardRules::cellModel(criteria, commune, 2022) == nullptr); // bốn tốt starts in 2023
}

TEST_CASE("sections come from numbered labels")
{
    CHECK(ScorecardRules::sectionOf(QStringLiteral("2. Tỷ lệ buổi sinh hoạt thường kỳ xếp từ Khá")) ==
          QStringLiteral("2"));
    CHECK(ScorecardRules::sectionOf(QStringLiteral("B11. \"Sản phẩm\" cụ thể của chi bộ (8, nhập)")) ==
          QStringLiteral("B"));
    CHECK(ScorecardRules::sectionOf(QStringLiteral("Đảng viên mắc tệ nạn xã hội")).isEmpty());
    CHECK(ScorecardRules::withoutSection(QStringLiteral("2. Số tháng không sinh hoạt thường kỳ")) ==
          QStringLiteral("Số tháng không sinh hoạt thường kỳ"));
}

TEST_CASE("the meeting score comes from the first meeting file that gives points")
{
    const CriteriaSet criteria = shippedCriteria();
    const Organisation eaKring =
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::SubordinateCell);
    const Criteria* in2025 =
        ScorecardRules::meetingScoreFile(ScorecardRules::applicable(criteria, eaKring, 2025));
    REQUIRE(in2025);
    CHECK(in2025->id == QStringLiteral("cham-diem-sinh-hoat-an-phu"));
    CHECK(ScorecardRules::meetingScoreFile(ScorecardRules::applicable(criteria, eaKring, 2024)) == nullptr);
}
