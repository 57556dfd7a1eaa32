// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearendFixture.h"
#include "core/OrgTree.h"
#include "services/Applicability.h"
#include "support/Catch.h"

using namespace chibo;
using chibo::test::YearendFixture;

namespace {

struct DemoTree {
    explicit DemoTree(const YearendFixture& demo)
    {
        auto loaded = demo.workspace->storage().organisations().all();
        REQUIRE(loaded.ok());
        organisations = std::move(loaded).value();
        tree = std::make_unique<OrgTree>(organisations);
    }
    const Organisation& named(const QString& name) const
    {
        const auto found = Workspace::findOrganisationIn(organisations, name);
        REQUIRE(found.ok());
        return *tree->find(found->id);
    }
    QList<Organisation> organisations;
    std::unique_ptr<OrgTree> tree;
};

} // namespace

TEST_CASE("a cell's files change from QĐ 124 in 2024 to QĐ 366 in 2025, and HD 12 and HD 42 share 2025")
{
    YearendFixture demo;
    const DemoTree orgs(demo);
    const Organisation& eaKring = orgs.named(QStringLiteral("Chi bộ buôn Ea Kring"));
    const QStringList in2024 = Applicability::filesFor(demo.criteria, eaKring, 2024);
    const QStringList in2025 = Applicability::filesFor(demo.criteria, eaKring, 2025);
    CHECK(in2024.contains(QStringLiteral("xep-loai-dang-vien-qd124")));
    CHECK(in2024.contains(QStringLiteral("xep-loai-to-chuc-qd124")));
    CHECK_FALSE(in2024.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK_FALSE(in2024.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    CHECK(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK(in2025.contains(QStringLiteral("xep-loai-to-chuc-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("xep-loai-dang-vien-qd124")));
    // Meetings before 28/10/2025 are judged by HD 12, later ones by HD 42: both apply in 2025.
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd12")));
    CHECK(in2025.contains(QStringLiteral("chat-luong-sinh-hoat-hd42")));
    // Examples for a committee to adapt are not rules in force.
    CHECK_FALSE(in2025.contains(QStringLiteral("chi-bo-kieu-mau-vi-du")));
    CHECK_FALSE(in2025.contains(QStringLiteral("cham-diem-sinh-hoat-an-phu")));
    // A grassroots committee is judged as an organisation, not as a cell of members.
    const QStringList committee = Applicability::filesFor(
        demo.criteria, orgs.named(QStringLiteral("Đảng bộ Cơ quan Đảng - Đoàn thể xã")), 2025);
    CHECK(committee.contains(QStringLiteral("dang-bo-co-so-bon-tot")));
    CHECK_FALSE(committee.contains(QStringLiteral("xep-loai-dang-vien-qd366")));
    CHECK_FALSE(in2025.contains(QStringLiteral("dang-bo-co-so-bon-tot")));
}

TEST_CASE("the table lists the grassroots organisation and its cells, one column per year")
{
    YearendFixture demo;
    const DemoTree orgs(demo);
    const Organisation& office = orgs.named(QStringLiteral("Chi bộ Văn phòng Đảng ủy"));
    const QList<const Organisation*> rows = Applicability::rowsAround(*orgs.tree, office.id);
    QStringList names;
    for (const Organisation* org : rows)
        names.append(org->name);
    CHECK(names == QStringList{QStringLiteral("Đảng bộ Cơ quan Đảng - Đoàn thể xã"),
                               QStringLiteral("Chi bộ Mặt trận - Đoàn thể"),
                               QStringLiteral("Chi bộ Văn phòng Đảng ủy")});
    const QList<ApplicabilityRow> table = Applicability::table(demo.criteria, rows, 2023, 2026);
    REQUIRE(table.size() == 3);
    for (const ApplicabilityRow& row : table)
        CHECK(row.idsByYear.size() == 4);
    CHECK(table.at(2).idsByYear.at(1) == Applicability::filesFor(demo.criteria, office, 2024));
    // Above the grassroots level every cell of the commune is listed.
    const auto commune =
        Applicability::rowsAround(*orgs.tree, orgs.named(QStringLiteral("Đảng bộ xã Ea Sin")).id);
    CHECK(commune.size() == 10);
}

TEST_CASE("applies_to admits by kind, cell type and locality with accents ignored")
{
    YearendFixture demo;
    const DemoTree orgs(demo);
    Criteria file = *demo.criteria.latest(QStringLiteral("chi-bo-bon-tot"));
    Organisation cell = orgs.named(QStringLiteral("Chi bộ buôn Ea Kring"));
    cell.locality = QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk");
    CHECK(Applicability::admits(file, cell));
    file.appliesTo.locality = QStringLiteral("dak lak");
    CHECK(Applicability::admits(file, cell));
    file.appliesTo.locality = QStringLiteral("Hà Tĩnh");
    CHECK_FALSE(Applicability::admits(file, cell));
    file.appliesTo.locality.clear();
    file.appliesTo.cellTypes = {CellType::Hospital};
    CHECK_FALSE(Applicability::admits(file, cell));
    file.appliesTo.cellTypes = {cell.cellType};
    file.appliesTo.orgKinds = {OrgKind::GrassrootsCommittee};
    CHECK_FALSE(Applicability::admits(file, cell));
}
