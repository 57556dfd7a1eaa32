// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClassificationService.h"
#include "services/CriteriaLibrary.h"
#include "services/DemoDatabase.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"
#include "services/YearLock.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QTemporaryDir>

using namespace chibo;
using chibo::test::text;

namespace {

const QDate Day(2026, 11, 22);

/// The demo commune classified for 2025, its proposals not yet stored.
struct ClassifiedDemo {
    ClassifiedDemo()
    {
        REQUIRE(DemoDatabase::create(dir.filePath(QStringLiteral("demo.sqlite")), Day).ok());
        auto opened = Workspace::open(dir.filePath(QStringLiteral("demo.sqlite")));
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        auto loaded = CriteriaLibrary::load();
        REQUIRE(loaded.ok());
        criteria = loaded->set;
        const auto cell = workspace->findOrganisation(text("Chi bộ buôn Ea Kring"));
        REQUIRE(cell.ok());
        eaKring = cell->id;
        commune = workspace->findOrganisation(QString())->id;
        thon1 = workspace->findOrganisation(text("Chi bộ thôn 1"))->id;
        const auto snapshot = ScoringSnapshot::load(*workspace, eaKring);
        REQUIRE(snapshot.ok());
        auto classified = ClassificationService::classify(criteria, *snapshot, 2025, Day);
        REQUIRE(classified.ok());
        classification = std::move(classified).value();
    }

    /// A member of the cell whose proposal a committee may overrule.
    ClassificationDecision decisionOfFirstMember() const
    {
        for (const ScoreCard& card : classification.run.cards) {
            if (card.criteriaId == classification.memberRules->id && card.rated && !card.level.isEmpty())
                return ClassificationDecision{QUuid::createUuid(),
                                              card.criteriaId,
                                              card.subjectId,
                                              2025,
                                              card.level,
                                              card.level == u"kht" ? QStringLiteral("ht")
                                                                   : QStringLiteral("kht"),
                                              text("Vi phạm kỷ luật được phát hiện sau khi tự đánh giá"),
                                              text("Nguyễn Văn Tư — Bí thư Đảng ủy xã"),
                                              Day};
        }
        FAIL("no rated member");
        return {};
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    CriteriaSet criteria;
    QUuid eaKring;
    QUuid commune;
    QUuid thon1;
    Classification classification;
};

} // namespace

TEST_CASE("Proposals and decisions need the right role and an open year")
{
    ClassifiedDemo demo;
    const QDateTime computedAt(Day, QTime(8, 0), Qt::UTC);
    const Session viewer{text("Khách"), Role::Viewer, {}};
    const Session otherCell{text("Phạm Văn Dũng"), Role::Secretary, {demo.thon1}};
    CHECK(ClassificationService::persist(*demo.workspace, viewer, demo.classification, computedAt)
              .error()
              .code == QStringLiteral("permission_denied"));
    CHECK(ClassificationService::persist(*demo.workspace, otherCell, demo.classification, computedAt)
              .error()
              .code == QStringLiteral("permission_denied"));
    const Session secretary{text("Y Thoan Kbuôr"), Role::Secretary, {demo.eaKring}};
    REQUIRE(ClassificationService::persist(*demo.workspace, secretary, demo.classification, computedAt).ok());

    const ClassificationDecision decision = demo.decisionOfFirstMember();
    const Status bySecretary =
        ClassificationService::decide(*demo.workspace, secretary, demo.criteria, decision);
    REQUIRE_FALSE(bySecretary.ok());
    CHECK(bySecretary.error().code == QStringLiteral("permission_denied"));

    const Session committee{text("Hoàng Văn Sơn"), Role::CommitteeMember, {}};
    REQUIRE(YearLock::lock(*demo.workspace, committee, demo.commune, 2025, computedAt).ok());
    const Status locked = ClassificationService::decide(*demo.workspace, committee, demo.criteria, decision);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == QStringLiteral("year_locked"));
    CHECK(locked.error().message.contains(QStringLiteral("2025")));
    const Status replaced =
        ClassificationService::persist(*demo.workspace, committee, demo.classification, computedAt);
    REQUIRE_FALSE(replaced.ok());
    CHECK(replaced.error().code == QStringLiteral("year_locked"));
    CHECK(demo.workspace->storage().decisions().current(2025, {decision.subjectId})->isEmpty());

    REQUIRE(YearLock::unlock(*demo.workspace, Session{text("Quản trị viên"), Role::Admin, {}}, demo.commune,
                             2025, text("Bổ sung quyết định xếp loại"), computedAt.addSecs(60))
                .ok());
    REQUIRE(ClassificationService::decide(*demo.workspace, committee, demo.criteria, decision).ok());
    const auto recorded = demo.workspace->storage().decisions().current(2025, {decision.subjectId});
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().decidedBy == text("Nguyễn Văn Tư — Bí thư Đảng ủy xã"));
}
