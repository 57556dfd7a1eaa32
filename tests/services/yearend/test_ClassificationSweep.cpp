// SPDX-License-Identifier: GPL-3.0-or-later
// ClassificationSweep: a province classified one unit at a time proposes what one run over all of it
// proposes, and stores it.
#include "core/OrgTree.h"
#include "demo/ScaleOptions.h"
#include "services/ClassificationSweep.h"
#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/OrgSnapshot.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "storage/Storage.h"
#include "support/Catch.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>

using namespace chibo;

namespace {

const Session Admin{QStringLiteral("Nguyễn Thị Hoa"), Role::Admin, {}};
const QDate YearEnd(2025, 12, 31);

/// Two communes: 100 cells of 3 to 200 members, 1,500 members, the year 2025.
struct SweepFixture {
    SweepFixture()
    {
        ScaleOptions options;
        options.cells = 100;
        options.members = 1500;
        options.seed = 7;
        path = dir.filePath(QStringLiteral("province.sqlite"));
        REQUIRE(DemoDatabase::createScaled(path, options).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        criteria = std::move(loaded->set);
        const auto top = workspace->findOrganisation(QString());
        REQUIRE(top.ok());
        root = top->id;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
    QUuid root;
};

QString keyOf(const ScoreCard& card)
{
    return card.criteriaId + u'|' + card.subjectId.toString() + u'|' + card.period;
}

} // namespace

TEST_CASE("a province's units hold every classified organisation once, each unit within the budget")
{
    const SweepFixture fixture;
    const auto organisations = OrgSnapshot::read(*fixture.workspace);
    REQUIRE(organisations.ok());
    const OrgTree& tree = (*organisations)->tree();
    CHECK(ClassificationSweep::units(tree, fixture.root) == QList<QUuid>{fixture.root}); // 100 cells fit
    const QList<QUuid> units = ClassificationSweep::units(tree, fixture.root, 20);
    REQUIRE(units.size() == 2); // the two communes: the cells each classifies are compared together
    QHash<QUuid, int> unitsHolding;
    for (const QUuid& unit : units) {
        const QList<const Organisation*> subtree = tree.subtree(unit);
        CHECK(subtree.size() > 20); // no unit fits; each commune's cells stay together
        for (const Organisation* child : tree.children(unit))
            CHECK(tree.grassrootsOf(child->id) == child);
        for (const Organisation* org : subtree)
            ++unitsHolding[org->id];
    }
    for (const Organisation& org : (*organisations)->list()) {
        INFO(org.name.toStdString());
        const bool classified = org.kind != OrgKind::UpperCommittee && org.kind != OrgKind::PartyGroup;
        if (classified)
            CHECK(unitsHolding.value(org.id) == 1);
        else
            CHECK(unitsHolding.value(org.id) <= 1);
    }
}

TEST_CASE("classifying a province unit by unit proposes and stores what one run over all of it proposes")
{
    const SweepFixture fixture;
    const auto whole = ScoringSnapshot::load(*fixture.workspace, fixture.root);
    REQUIRE(whole.ok());
    const auto expected = ClassificationService::classify(fixture.criteria, *whole, 2025, YearEnd);
    REQUIRE(expected.ok());
    REQUIRE(expected->run.cards.size() > 1500);

    QHash<QString, ScoreCard> swept;
    qsizetype members = 0;
    int calls = 0;
    const Status done = ClassificationSweep::run(
        *fixture.workspace, Admin, fixture.criteria, fixture.root, 2025, YearEnd,
        QDateTime::currentDateTimeUtc(),
        [&](const ClassificationSweep::Unit& unit) -> Status {
            ++calls;
            members += unit.snapshot.dataset.members.size();
            for (const ScoreCard& card : unit.classification.run.cards)
                swept.insert(keyOf(card), card);
            return {};
        },
        20);
    REQUIRE(done.ok());
    CHECK(calls == 2);
    CHECK(members >= 1500);
    CHECK(swept.size() == expected->run.cards.size());
    for (const ScoreCard& card : expected->run.cards) {
        INFO(keyOf(card).toStdString());
        REQUIRE(swept.contains(keyOf(card)));
        CHECK(swept.value(keyOf(card)) == card);
    }
    for (const Criteria* rules : {expected->memberRules, expected->orgRules}) {
        const auto stored =
            fixture.workspace->storage().results().results(rules->id, QStringLiteral("2025"), {});
        REQUIRE(stored.ok());
        const auto proposed =
            std::count_if(expected->run.cards.cbegin(), expected->run.cards.cend(),
                          [&](const ScoreCard& card) { return card.criteriaId == rules->id; });
        CHECK(stored->size() == proposed);
    }
}

TEST_CASE("a failure in one unit of a sweep stores nothing for any unit")
{
    const SweepFixture fixture;
    int calls = 0;
    const Status done = ClassificationSweep::run(
        *fixture.workspace, Admin, fixture.criteria, fixture.root, 2025, YearEnd,
        QDateTime::currentDateTimeUtc(),
        [&](const ClassificationSweep::Unit&) -> Status {
            if (++calls < 2)
                return {};
            return Error{QStringLiteral("test.stop"), QStringLiteral("Dừng ở đơn vị thứ hai"), {}};
        },
        20);
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == QStringLiteral("test.stop"));
    const Criteria* memberRules =
        ClassificationService::rulesFor(fixture.criteria, SubjectKind::MemberYear, 2025);
    REQUIRE(memberRules);
    const auto stored =
        fixture.workspace->storage().results().results(memberRules->id, QStringLiteral("2025"), {});
    REQUIRE(stored.ok());
    CHECK(stored->isEmpty());
}
