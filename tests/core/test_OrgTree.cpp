// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OrgTree.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::anOrganisation;

namespace {

QList<Organisation> commune()
{
    const Organisation xa = anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::UpperCommittee);
    const Organisation coQuan =
        anOrganisation(QStringLiteral("Đảng bộ Cơ quan xã"), OrgKind::GrassrootsCommittee, xa.id);
    return {xa, coQuan,
            anOrganisation(QStringLiteral("Chi bộ Văn phòng"), OrgKind::SubordinateCell, coQuan.id),
            anOrganisation(QStringLiteral("Chi bộ Mặt trận"), OrgKind::SubordinateCell, coQuan.id),
            anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::GrassrootsCell, xa.id)};
}

} // namespace

TEST_CASE("the tree lists subtrees parents first and finds the grassroots unit of a cell")
{
    const QList<Organisation> orgs = commune();
    const OrgTree tree(orgs);
    REQUIRE(tree.roots().size() == 1);
    const QList<const Organisation*> all = tree.subtree(orgs[0].id);
    REQUIRE(all.size() == 5);
    CHECK(all[0]->name == QStringLiteral("Đảng bộ xã Ea Sin"));
    CHECK(all[1]->name == QStringLiteral("Đảng bộ Cơ quan xã"));
    CHECK(all[2]->name == QStringLiteral("Chi bộ Văn phòng"));
    CHECK(tree.grassrootsOf(orgs[3].id)->id == orgs[1].id);
    CHECK(tree.grassrootsOf(orgs[4].id)->id == orgs[4].id);
    CHECK(tree.grassrootsOf(orgs[0].id) == nullptr);
    CHECK(tree.isInSubtree(orgs[2].id, orgs[0].id));
    CHECK_FALSE(tree.isInSubtree(orgs[4].id, orgs[1].id));
    CHECK(tree.brokenParents().isEmpty());
}

TEST_CASE("the tree reports missing parents and cycles instead of looping")
{
    QList<Organisation> orgs = commune();
    orgs[0].parentId = orgs[2].id; // the commune under one of its own cells
    orgs.append(anOrganisation(QStringLiteral("Chi bộ mồ côi"), OrgKind::SubordinateCell,
                               chibo::test::idFor(QStringLiteral("không có"))));
    const OrgTree tree(orgs);
    const QList<QUuid> broken = tree.brokenParents();
    CHECK(broken.contains(orgs[0].id));
    CHECK(broken.contains(orgs[5].id));
    CHECK(tree.grassrootsOf(orgs[0].id) != nullptr); // terminates
    CHECK(tree.subtree(orgs[0].id).size() == 5);
}

TEST_CASE("lineage and depth walk up from an organisation")
{
    const QList<Organisation> orgs = commune();
    const OrgTree tree(orgs);
    const QList<const Organisation*> up = tree.lineage(orgs[2].id);
    REQUIRE(up.size() == 3);
    CHECK(up[0]->id == orgs[2].id);
    CHECK(up[1]->id == orgs[1].id);
    CHECK(up[2]->id == orgs[0].id);
    CHECK(tree.ancestors(orgs[2].id).size() == 2);
    CHECK(tree.depthOf(orgs[0].id) == 0);
    CHECK(tree.depthOf(orgs[4].id) == 1);
    CHECK(tree.lineage(chibo::test::idFor(QStringLiteral("không có"))).isEmpty());
}
