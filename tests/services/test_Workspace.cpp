// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatasetTransfer.h"
#include "services/Workspace.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::anOrganisation;

namespace {

std::unique_ptr<Workspace> communeWorkspace()
{
    auto workspace = Workspace::openInMemory();
    REQUIRE(workspace.ok());
    Dataset data;
    const Organisation xa = anOrganisation(QStringLiteral("Đảng bộ xã Ea Sin"), OrgKind::UpperCommittee);
    data.organisations = {
        xa, anOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"), OrgKind::GrassrootsCell, xa.id),
        anOrganisation(QStringLiteral("Chi bộ buôn Ea Sin"), OrgKind::GrassrootsCell, xa.id),
        anOrganisation(QStringLiteral("Chi bộ thôn 1"), OrgKind::GrassrootsCell, xa.id)};
    REQUIRE(DatasetTransfer::importDataset(**workspace, data, QStringLiteral("test")).ok());
    return std::move(workspace).value();
}

} // namespace

TEST_CASE("organisations are found by id, exact name or an accent-insensitive prefix")
{
    const auto workspace = communeWorkspace();
    const QUuid id = test::idFor(QStringLiteral("Chi bộ thôn 1"));
    CHECK(workspace->findOrganisation(id.toString(QUuid::WithoutBraces))->name ==
          QStringLiteral("Chi bộ thôn 1"));
    CHECK(workspace->findOrganisation(QStringLiteral("Chi bộ buôn Ea Sin"))->id ==
          test::idFor(QStringLiteral("Chi bộ buôn Ea Sin")));
    CHECK(workspace->findOrganisation(QStringLiteral("chi bo buon ea k"))->name ==
          QStringLiteral("Chi bộ buôn Ea Kring"));
    CHECK(workspace->findOrganisation(QString())->name == QStringLiteral("Đảng bộ xã Ea Sin"));
}

TEST_CASE("an ambiguous or unknown organisation is an error that says so")
{
    const auto workspace = communeWorkspace();
    const auto ambiguous = workspace->findOrganisation(QStringLiteral("chi bo buon"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().code == QStringLiteral("workspace.ambiguous-organisation"));
    CHECK(ambiguous.error().message.contains(QStringLiteral("Chi bộ buôn Ea Kring")));
    const auto unknown = workspace->findOrganisation(QStringLiteral("Chi bộ thôn 9"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == QStringLiteral("workspace.unknown-organisation"));
}
