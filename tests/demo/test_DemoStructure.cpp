// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "core/CharterChecks.h"
#include "core/MemberTimeline.h"
#include "core/OrgTree.h"
#include "demo/DemoGenerator.h"
#include "support/Catch.h"

#include <QSet>

using namespace chibo;
using chibo::test::demoAt;
using chibo::test::demoDay;

namespace {

int membersUnder(const Dataset& data, const OrgTree& tree, const QUuid& orgId, QDate day)
{
    int count = 0;
    for (const Member& member : data.members) {
        const MemberTimeline timeline(member);
        const QUuid cell = timeline.officialCellOn(day);
        if (!cell.isNull() && tree.isInSubtree(cell, orgId) && timeline.stateOn(day).isMember())
            ++count;
    }
    return count;
}

QString problems(const Dataset& data, QDate day)
{
    const OrgTree tree(data.organisations);
    const CharterChecks checks(tree, data.members, day);
    QString found;
    for (const Organisation& org : data.organisations) {
        for (const Diagnostic& d : checks.check(org)) {
            if (d.severity != Diagnostic::Severity::Info)
                found += day.toString(Qt::ISODate) + u' ' + d.message + u'\n';
        }
    }
    return found;
}

} // namespace

TEST_CASE("the demo is deterministic: the same seed and day give the same dataset")
{
    const DemoGenerator::Options options{20250101, demoDay()};
    const Dataset first = DemoGenerator::generate(options);
    const Dataset second = DemoGenerator::generate(options);
    REQUIRE(first == second);
    REQUIRE(first == demoAt());
    REQUIRE_FALSE(first.members.isEmpty());
    CHECK(first.members.front().id == second.members.front().id);
}

TEST_CASE("a different seed gives a different demo with the same structure")
{
    const Dataset& standard = demoAt();
    const Dataset other = DemoGenerator::generate({7, demoDay()});
    CHECK_FALSE(other == standard);
    QSet<QString> standardNames;
    for (const Member& m : standard.members)
        standardNames.insert(m.fullName);
    int sameNames = 0;
    for (const Member& m : other.members)
        sameNames += standardNames.contains(m.fullName) ? 1 : 0;
    CHECK(sameNames < other.members.size() / 2);
    CHECK(other.organisations.size() == standard.organisations.size());
    CHECK(other.organisations.front().id != standard.organisations.front().id);
}

TEST_CASE("the commune has 6 to 8 grassroots organisations of at least 4 cell types")
{
    const Dataset& data = demoAt();
    const Organisation& root = data.organisations.front();
    CHECK(root.name == QStringLiteral("Đảng bộ xã Ea Sin"));
    CHECK(root.kind == OrgKind::UpperCommittee);
    CHECK(root.locality == QStringLiteral("xã Ea Sin, tỉnh Đắk Lắk"));
    REQUIRE_FALSE(root.terms.isEmpty());
    CHECK(root.terms.last().label == QStringLiteral("2025–2030"));

    const OrgTree tree(data.organisations);
    CHECK(tree.brokenParents().isEmpty());
    const QList<const Organisation*> grassroots = tree.children(root.id);
    CHECK(grassroots.size() >= 6);
    CHECK(grassroots.size() <= 8);
    QSet<int> types;
    int committees = 0;
    for (const Organisation* org : grassroots) {
        CHECK(org->isGrassroots());
        CHECK_FALSE(org->shortName.isEmpty());
        CHECK_FALSE(org->terms.isEmpty());
        types.insert(int(org->cellType));
        if (org->kind != OrgKind::GrassrootsCommittee)
            continue;
        ++committees;
        const qsizetype cells = tree.children(org->id).size();
        CHECK(cells >= 2);
        CHECK(cells <= 3);
        CHECK(membersUnder(data, tree, org->id, demoDay()) >= 30);
    }
    CHECK(committees >= 1);
    CHECK(types.size() >= 4);
    QSet<QUuid> seen; // parents come first
    for (const Organisation& org : data.organisations) {
        CHECK((org.parentId.isNull() || seen.contains(org.parentId)));
        seen.insert(org.id);
    }
}

TEST_CASE("every organisation meets the Charter's size rules on the day the demo is seen from")
{
    const Dataset& data = demoAt();
    CHECK(problems(data, demoDay()).isEmpty());
    const Dataset& midYear = demoAt(QDate(2026, 6, 15));
    CHECK(problems(midYear, QDate(2026, 6, 15)).isEmpty());
}

TEST_CASE("the Charter's size rules hold at the end of every month of 2025 and 2026")
{
    const Dataset& data = demoAt(QDate(2026, 12, 31));
    QString found;
    for (YearMonth month(2025, 1); month <= YearMonth(2026, 12); month = month.addMonths(1))
        found += problems(data, month.lastDay());
    CHECK(found.isEmpty());
    const OrgTree tree(data.organisations);
    for (const Organisation& org : data.organisations) {
        if (org.kind == OrgKind::GrassrootsCell) // a grassroots cell has fewer than 30 members
            CHECK(membersUnder(data, tree, org.id, QDate(2026, 12, 31)) < 30);
    }
}

TEST_CASE("every record has its own stable id")
{
    const Dataset& data = demoAt();
    QSet<QUuid> ids;
    qsizetype count = 0;
    const auto add = [&](const QUuid& id) {
        CHECK_FALSE(id.isNull());
        ids.insert(id);
        ++count;
    };
    for (const Organisation& o : data.organisations) {
        add(o.id);
        for (const OrgTerm& t : o.terms)
            add(t.id);
    }
    for (const Member& m : data.members) {
        add(m.id);
        for (const StatusEvent& e : m.statusEvents)
            add(e.id);
        for (const CellMembership& c : m.memberships)
            add(c.id);
        for (const PositionTerm& p : m.positions)
            add(p.id);
    }
    for (const Meeting& m : data.meetings)
        add(m.id);
    for (const Target& t : data.targets)
        add(t.id);
    for (const Assignment& a : data.assignments)
        add(a.id);
    for (const Discipline& d : data.disciplines)
        add(d.id);
    for (const Leave& l : data.leaves)
        add(l.id);
    for (const Violation& v : data.violations)
        add(v.id);
    for (const Commendation& c : data.commendations)
        add(c.id);
    for (const Rating& r : data.ratings)
        add(r.id);
    CHECK_FALSE(data.ratings.isEmpty());
    CHECK(ids.size() == count);
}
