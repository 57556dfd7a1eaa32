// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearendFixture.h"
#include "core/OrgTree.h"
#include "services/YearRecompute.h"
#include "support/Catch.h"

#include <algorithm>

using namespace chibo;
using chibo::test::RecordingProgress;
using chibo::test::YearendFixture;

namespace {

/// The stored proposals of the year's rules for the organisations of a classification.
QList<StoredResult> storedProposals(const Workspace& workspace, const Classification& classification)
{
    QList<StoredResult> rows;
    for (const QString& id : classification.ruleIds()) {
        auto stored = workspace.storage().results().results(id, QString::number(classification.year),
                                                            classification.scopeOrgIds);
        REQUIRE(stored.ok());
        rows += *stored;
    }
    return rows;
}

QUuid memberNamed(const Workspace& workspace, const QString& name)
{
    const auto found = workspace.storage().members().search(name);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    return found->constFirst();
}

const QuotaState& memberQuota(const QList<QuotaState>& quotas, const Classification& classification,
                              const QUuid& scope)
{
    const auto found = std::find_if(quotas.cbegin(), quotas.cend(), [&](const QuotaState& quota) {
        return quota.criteriaId == classification.memberRules->id && quota.scopeOrgId == scope;
    });
    REQUIRE(found != quotas.cend());
    return *found;
}

ClassificationDecision decisionFor(const Classification& classification, const QUuid& subject,
                                   const QString& level)
{
    return ClassificationDecision{QUuid::createUuid(),
                                  classification.memberRules->id,
                                  subject,
                                  classification.year,
                                  QString(),
                                  level,
                                  QStringLiteral("Chi ủy đề nghị, Đảng ủy xã quyết định"),
                                  QStringLiteral("Nguyễn Văn Tư — Bí thư Đảng ủy xã"),
                                  YearendFixture::day()};
}

Session admin()
{
    return Session{QStringLiteral("Nguyễn Văn Tư"), Role::Admin, {}};
}

} // namespace

TEST_CASE("recomputing a year reports its steps and proposes levels through a connection of its own")
{
    YearendFixture demo;
    const QUuid eaKring = demo.orgId(QStringLiteral("Chi bộ buôn Ea Kring"));
    RecordingProgress progress;
    const auto proposals =
        YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), progress);
    REQUIRE(proposals.ok());
    const Classification& classification = proposals->classification;
    CHECK(classification.memberRules->id == u"xep-loai-dang-vien-qd366");
    CHECK(classification.orgRules->id == u"xep-loai-to-chuc-qd366");
    CHECK(proposals->names.of(memberNamed(*demo.workspace, QStringLiteral("Y Thoan Kbuôr"))) ==
          QStringLiteral("Y Thoan Kbuôr"));
    REQUIRE(progress.reports.size() >= 3);
    CHECK(progress.reports.constLast().done == progress.reports.constLast().total);
    for (qsizetype i = 1; i < progress.reports.size(); ++i) {
        CHECK(progress.reports.at(i).done >= progress.reports.at(i - 1).done);
        CHECK_FALSE(progress.reports.at(i).step.isEmpty());
    }
}

TEST_CASE("a cancelled recompute returns \"cancelled\" and leaves the stored proposals as they were")
{
    YearendFixture demo;
    const QUuid eaKring = demo.orgId(QStringLiteral("Chi bộ buôn Ea Kring"));
    NoProgress none;
    auto first = YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), none);
    REQUIRE(first.ok());
    const QDateTime firstRun(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
    REQUIRE(YearRecompute::store(*demo.workspace, admin(), first->classification, firstRun, none).ok());
    const QList<StoredResult> before = storedProposals(*demo.workspace, first->classification);
    REQUIRE(before.size() == 17); // 16 members of Chi bộ buôn Ea Kring and the cell itself

    for (const int cancelAfter : {1, 2}) {
        RecordingProgress cancelling(cancelAfter);
        const auto cancelled =
            YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), cancelling);
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == u"cancelled");
    }
    // Computed in full but cancelled before writing: store writes nothing either.
    auto second = YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), none);
    REQUIRE(second.ok());
    RecordingProgress cancelledBeforeWriting(0);
    const Status stored = YearRecompute::store(*demo.workspace, admin(), second->classification,
                                               firstRun.addDays(1), cancelledBeforeWriting);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().code == u"cancelled");

    const QList<StoredResult> after = storedProposals(*demo.workspace, first->classification);
    CHECK(after == before);
    CHECK(std::all_of(after.cbegin(), after.cend(),
                      [&](const StoredResult& row) { return row.computedAt == firstRun; }));
}

TEST_CASE("the quota counter counts each decided level in place of its proposal")
{
    YearendFixture demo;
    const QUuid eaKring = demo.orgId(QStringLiteral("Chi bộ buôn Ea Kring"));
    NoProgress none;
    auto proposals = YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), none);
    REQUIRE(proposals.ok());
    Classification& classification = proposals->classification;
    const auto organisations = demo.workspace->storage().organisations().all();
    REQUIRE(organisations.ok());
    const OrgTree tree(*organisations);

    const QuotaState proposed =
        memberQuota(YearRecompute::quotasAfterDecisions(classification, tree), classification, eaKring);
    CHECK(proposed == memberQuota(classification.run.quotas, classification, eaKring));
    CHECK(proposed.current == 0);
    CHECK(proposed.baseCount == 14);
    CHECK(proposed.allowed == 2); // floor(14 × 20 %), never rounded up

    // Y Thoan Kbuôr has no proposed level (97 points, a flag): deciding HTXS adds one at the level.
    classification.decisions.append(decisionFor(classification,
                                                memberNamed(*demo.workspace, QStringLiteral("Y Thoan Kbuôr")),
                                                QStringLiteral("htxs")));
    const QuotaState one =
        memberQuota(YearRecompute::quotasAfterDecisions(classification, tree), classification, eaKring);
    CHECK(one.current == 1);
    CHECK(one.baseCount == 14);
    CHECK_FALSE(one.exceeded());

    // Two members proposed HTT raised to HTXS: the base shrinks, floor(12 × 20 %) = 2, and 3 > 2.
    for (const QString& name : {QStringLiteral("Y Tlam Hwing"), QStringLiteral("Y Bluin Niê")})
        classification.decisions.append(
            decisionFor(classification, memberNamed(*demo.workspace, name), QStringLiteral("htxs")));
    const QuotaState three =
        memberQuota(YearRecompute::quotasAfterDecisions(classification, tree), classification, eaKring);
    CHECK(three.current == 3);
    CHECK(three.baseCount == 12);
    CHECK(three.allowed == 2);
    CHECK(three.exceeded());
}

TEST_CASE("decisions recorded in the database are read back for the quota")
{
    YearendFixture demo;
    const QUuid eaKring = demo.orgId(QStringLiteral("Chi bộ buôn Ea Kring"));
    NoProgress none;
    auto proposals = YearRecompute::compute(demo.criteria, demo.path, eaKring, 2025, demo.day(), none);
    REQUIRE(proposals.ok());
    Classification& classification = proposals->classification;
    REQUIRE(
        YearRecompute::store(*demo.workspace, admin(), classification, QDateTime::currentDateTimeUtc(), none)
            .ok());
    CHECK(classification.decisions.isEmpty());
    const QUuid member = memberNamed(*demo.workspace, QStringLiteral("Y Thoan Kbuôr"));
    REQUIRE(ClassificationService::decide(*demo.workspace, admin(), demo.criteria,
                                          decisionFor(classification, member, QStringLiteral("htxs")))
                .ok());
    REQUIRE(YearRecompute::reloadDecisions(*demo.workspace, classification).ok());
    REQUIRE(classification.decisions.size() == 1);
    CHECK(classification.decisions.constFirst().decidedLevel == u"htxs");
    const auto organisations = demo.workspace->storage().organisations().all();
    REQUIRE(organisations.ok());
    const OrgTree tree(*organisations);
    CHECK(memberQuota(YearRecompute::quotasAfterDecisions(classification, tree), classification, eaKring)
              .current == 1);
}
