// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CharterChecks.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using chibo::test::aMember;
using chibo::test::anOrganisation;
using chibo::test::idFor;

namespace {

const QDate day(2025, 12, 31);

QList<Member> fullMembers(const QUuid& cell, int count, const QString& prefix)
{
    QList<Member> members;
    for (int i = 0; i < count; ++i)
        members.append(aMember(prefix + QString::number(i + 1), cell, QDate(2010, 3, 1 + i), day));
    return members;
}

QStringList codes(const Diagnostics& found)
{
    QStringList result;
    for (const Diagnostic& d : found)
        result.append(d.code);
    return result;
}

} // namespace

TEST_CASE("a cell with fewer than 3 full members is reported")
{
    const QList<Organisation> orgs{anOrganisation(QStringLiteral("Chi bộ thôn 2"), OrgKind::GrassrootsCell)};
    QList<Member> members = fullMembers(orgs[0].id, 2, QStringLiteral("Nguyễn Văn "));
    members.append(
        aMember(QStringLiteral("Trần Thị Hoa"), orgs[0].id, QDate(2025, 6, 1), day)); // probationary
    const OrgTree tree(orgs);
    const Diagnostics found = CharterChecks(tree, members, day).check(orgs[0]);
    REQUIRE(codes(found) == QStringList{QStringLiteral("charter.cell-min-full-members")});
    CHECK(found[0].message.contains(QStringLiteral("Chi bộ thôn 2")));
    CHECK(found[0].legalRef == QStringLiteral("Điều lệ Đảng, Điều 24"));

    members.append(aMember(QStringLiteral("Lê Văn Phúc"), orgs[0].id, QDate(2001, 1, 1), day));
    CHECK(CharterChecks(tree, members, day).check(orgs[0]).isEmpty());
}

TEST_CASE("a cell committee needs 9 full members and at most 7 seats")
{
    const QList<Organisation> orgs{
        anOrganisation(QStringLiteral("Chi bộ Trường THCS"), OrgKind::GrassrootsCell)};
    QList<Member> members = fullMembers(orgs[0].id, 8, QStringLiteral("Phạm Văn "));
    members[0].positions.append(
        {idFor(QStringLiteral("s")), orgs[0].id, Position::Secretary, QDate(2020, 1, 1), {}});
    members[1].positions.append(
        {idFor(QStringLiteral("c")), orgs[0].id, Position::CommitteeMember, QDate(2020, 1, 1), {}});
    const OrgTree tree(orgs);
    CHECK(codes(CharterChecks(tree, members, day).check(orgs[0])) ==
          QStringList{QStringLiteral("charter.committee-needs-nine")});

    members += fullMembers(orgs[0].id, 4, QStringLiteral("Võ Thị "));
    for (int i = 2; i < 9; ++i)
        members[i].positions.append(
            {idFor(QString::number(i)), orgs[0].id, Position::CommitteeMember, QDate(2020, 1, 1), {}});
    CHECK(codes(CharterChecks(tree, members, day).check(orgs[0])) ==
          QStringList{QStringLiteral("charter.committee-max-seven")});
}

TEST_CASE("a secretary and a deputy alone are not a committee")
{
    const QList<Organisation> orgs{
        anOrganisation(QStringLiteral("Chi bộ Trạm Y tế"), OrgKind::GrassrootsCell)};
    QList<Member> members = fullMembers(orgs[0].id, 5, QStringLiteral("Hồ Thị "));
    members[0].positions.append(
        {idFor(QStringLiteral("s")), orgs[0].id, Position::Secretary, QDate(2020, 1, 1), {}});
    members[1].positions.append(
        {idFor(QStringLiteral("d")), orgs[0].id, Position::DeputySecretary, QDate(2020, 1, 1), {}});
    const OrgTree tree(orgs);
    CHECK(CharterChecks(tree, members, day).check(orgs[0]).isEmpty());
}

TEST_CASE("30 members or more make a grassroots organisation a đảng bộ cơ sở")
{
    QList<Organisation> orgs{
        anOrganisation(QStringLiteral("Chi bộ cơ sở Công ty Cà phê"), OrgKind::GrassrootsCell)};
    const QList<Member> members = fullMembers(orgs[0].id, 30, QStringLiteral("Dương Văn "));
    const OrgTree tree(orgs);
    CHECK(codes(CharterChecks(tree, members, day).check(orgs[0])) ==
          QStringList{QStringLiteral("charter.grassroots-cell-too-large")});
}

TEST_CASE("a grassroots committee counts the members of its subordinate cells")
{
    const Organisation dangBo =
        anOrganisation(QStringLiteral("Đảng bộ Cơ quan xã"), OrgKind::GrassrootsCommittee);
    const Organisation cell1 =
        anOrganisation(QStringLiteral("Chi bộ Văn phòng"), OrgKind::SubordinateCell, dangBo.id);
    const Organisation cell2 =
        anOrganisation(QStringLiteral("Chi bộ Mặt trận"), OrgKind::SubordinateCell, dangBo.id);
    const QList<Organisation> orgs{dangBo, cell1, cell2};
    QList<Member> members = fullMembers(cell1.id, 10, QStringLiteral("Bùi Văn "));
    members += fullMembers(cell2.id, 10, QStringLiteral("Lý Thị "));
    const OrgTree tree(orgs);
    const Diagnostics small = CharterChecks(tree, members, day).check(dangBo);
    REQUIRE(codes(small) == QStringList{QStringLiteral("charter.grassroots-committee-small")});
    CHECK(small[0].severity == Diagnostic::Severity::Info);

    members += fullMembers(cell2.id, 10, QStringLiteral("Ngô Văn "));
    CHECK(CharterChecks(tree, members, day).check(dangBo).isEmpty());
}
