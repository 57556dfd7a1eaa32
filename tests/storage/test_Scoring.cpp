// SPDX-License-Identifier: GPL-3.0-or-later
// Migration step 3: ratings with the dataset, score results replaced by scope, decisions as history.
#include "StorageTestData.h"
#include "dataset/DatasetValidator.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/DatasetOrder.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

#include <QTimeZone>

using namespace chibo;
using namespace chibo::test;

namespace {

QStringList ratingKeys(const QList<Rating>& ratings)
{
    QStringList keys;
    for (const Rating& rating : ratings)
        keys.append(rating.criteriaId + u'/' + rating.indicatorId);
    return keys;
}

StoredResult result(const QString& criteria, const QUuid& subject, const QUuid& org, const QString& period,
                    const QString& level)
{
    StoredResult r;
    r.criteriaId = criteria;
    r.criteriaVersion = QStringLiteral("2025-01-01");
    r.contentHash = QStringLiteral("9f2c4e1ab0d3");
    r.subjectKind = QStringLiteral("member_year");
    r.subjectId = subject;
    r.orgId = org;
    r.period = period;
    r.level = level;
    r.total = QStringLiteral("173/2");
    r.needsDecision = level.isEmpty();
    r.resultJson = QStringLiteral(R"({"level":"%1","ghi_chu":"Hoàn thành tốt nhiệm vụ"})").arg(level);
    r.computedAt = QDateTime(QDate(2026, 1, 5), QTime(8, 30, 15, 250), Qt::UTC);
    return r;
}

ClassificationDecision decision(const QString& key, const QUuid& subject, const QString& level, QDate on)
{
    return {idFor(key),
            QStringLiteral("xep-loai-dang-vien-qd366"),
            subject,
            2025,
            QStringLiteral("htt"),
            level,
            QStringLiteral("Chi bộ họp xét, biểu quyết 12/14 đồng ý"),
            QStringLiteral("Y Bhim Niê — Bí thư chi bộ"),
            on};
}

Result<QList<StoredResult>> stored(Storage& storage, const QString& period = {})
{
    return storage.results().results(QStringLiteral("xep-loai-dang-vien-qd366"), period, {});
}

} // namespace

TEST_CASE("ratings travel with the dataset: loadAll gives them all, loadSubtree those of its subjects")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    const auto all = storage.loadAll();
    REQUIRE(all.ok());
    QList<Rating> expected = sampleDataset().ratings;
    DatasetOrder::sort(expected);
    CHECK(all->ratings == expected);

    const auto eaSinTree = storage.loadSubtree(eaSin());
    REQUIRE(eaSinTree.ok());
    // An's points, the Ea Kring cell's leadership and its March meeting; nothing of Cư Né.
    CHECK(ratingKeys(eaSinTree->ratings) ==
          QStringList{QStringLiteral("chat-luong-sinh-hoat-hd12/chuan-bi"),
                      QStringLiteral("chi-bo-bon-tot/lanh-dao-nhiem-vu-chinh-tri"),
                      QStringLiteral("xep-loai-dang-vien-qd366/diem-tieu-chi-chung")});
    const auto kdroTree = storage.loadSubtree(kdro());
    REQUIRE(kdroTree.ok());
    CHECK(ratingKeys(kdroTree->ratings) ==
          QStringList{QStringLiteral("chat-luong-sinh-hoat-hd12/nguyen-tac-to-chuc"),
                      QStringLiteral("chi-bo-bon-tot/doan-ket-noi-bo"),
                      QStringLiteral("dang-vien-5-tot/tu-phe-binh")});

    const auto ofHoa = storage.ratings().ratings({tranThiHoa(), nguyenVanAn()});
    REQUIRE(ofHoa.ok());
    CHECK(ofHoa->size() == 2);
}

TEST_CASE("one rating per criteria, indicator, subject and period, and upsertRating replaces the value")
{
    auto db = openMemory();
    Storage storage(*db);
    Dataset data = sampleDataset();
    Rating again = data.ratings.first();
    again.id = idFor(QStringLiteral("rating/An/điểm lần 2"));
    again.value = QStringLiteral("25");
    data.ratings.append(again);
    const Status twice = storage.insertDataset(data);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == QStringLiteral("storage.constraint"));

    data.ratings.removeLast();
    REQUIRE(storage.insertDataset(data));
    REQUIRE(storage.ratings().upsertRating(again));
    const auto ofAn = storage.ratings().ratings({nguyenVanAn()});
    REQUIRE(ofAn.ok());
    REQUIRE(ofAn->size() == 1);
    CHECK(ofAn->first().value == QStringLiteral("25"));
    CHECK(ofAn->first().id == data.ratings.first().id); // the stored rating keeps its id

    Rating newOne = again;
    newOne.id = idFor(QStringLiteral("rating/An/kết quả"));
    newOne.indicatorId = QStringLiteral("diem-ket-qua-nhiem-vu");
    newOne.value = QStringLiteral("61.5");
    REQUIRE(storage.ratings().upsertRating(newOne));
    CHECK(storage.ratings().ratings({nguyenVanAn()})->size() == 2);
    REQUIRE(storage.ratings().removeRating(newOne.id));
    CHECK(storage.ratings().removeRating(newOne.id).error().code == QStringLiteral("storage.not-found"));
}

TEST_CASE("a rating needs a stored subject and a period that fits it")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()));
    Rating rating = sampleDataset().ratings.first();
    rating.id = idFor(QStringLiteral("rating/mới"));

    Rating nobody = rating;
    nobody.subjectId = idFor(QStringLiteral("Đảng viên không có"));
    CHECK(storage.ratings().upsertRating(nobody).error().code == QStringLiteral("storage.missing-reference"));
    Rating meetingForAYear = rating;
    meetingForAYear.subjectId = idFor(QStringLiteral("Ea Kring/2025-03"));
    CHECK(storage.ratings().upsertRating(meetingForAYear).error().code == QStringLiteral("storage.invalid"));
    Rating memberWithoutPeriod = rating;
    memberWithoutPeriod.period.clear();
    CHECK(storage.ratings().upsertRating(memberWithoutPeriod).error().code ==
          QStringLiteral("storage.invalid"));
    Rating noAuthor = rating;
    noAuthor.enteredBy = QStringLiteral("  ");
    CHECK(storage.ratings().upsertRating(noAuthor).error().code == QStringLiteral("storage.invalid"));
    CHECK(storage.ratings().ratings({nguyenVanAn()})->size() == 1);
}

TEST_CASE("removing a meeting removes its ratings")
{
    auto db = openMemory();
    Storage storage(*db);
    Dataset data = sampleDataset();
    data.targets.removeIf([](const Target& t) { return !t.meetingId.isNull(); });
    REQUIRE(storage.insertDataset(data));
    const QUuid march = idFor(QStringLiteral("Kdrô/2025-03"));
    REQUIRE(storage.ratings().ratings({march})->size() == 1);
    const Status removed = storage.meetings().remove(march);
    INFO((removed.ok() ? QString() : removed.error().toString()));
    REQUIRE(removed.ok());
    CHECK(storage.ratings().ratings({march})->isEmpty());
    CHECK(storage.loadAll()->ratings.size() == 5);
}

TEST_CASE("replaceResults replaces exactly its criteria, periods and organisations")
{
    auto db = openMemory();
    Storage storage(*db);
    ResultRepository& results = storage.results();
    const QString qd366 = QStringLiteral("xep-loai-dang-vien-qd366");
    const StoredResult an =
        result(qd366, nguyenVanAn(), eaKring(), QStringLiteral("2025"), QStringLiteral("htt"));
    const StoredResult hoa =
        result(qd366, tranThiHoa(), kdro(), QStringLiteral("2025"), QStringLiteral("ht"));
    const StoredResult an2024 =
        result(qd366, nguyenVanAn(), eaKring(), QStringLiteral("2024"), QStringLiteral("htxs"));
    StoredResult other = an;
    other.criteriaId = QStringLiteral("dang-vien-5-tot");
    REQUIRE(results.replaceResults(qd366, {QStringLiteral("2025"), QStringLiteral("2024")},
                                   {eaKring(), kdro()}, {an, hoa, an2024}));
    REQUIRE(results.replaceResults(other.criteriaId, {QStringLiteral("2025")}, {eaKring()}, {other}));
    REQUIRE(stored(storage).ok());
    CHECK(stored(storage)->size() == 3);
    CHECK(*results.results(qd366, QStringLiteral("2025"), {kdro()}) == QList<StoredResult>{hoa});

    // A new run for Ea Kring in 2025: An's result is replaced (now undetermined), Hoa's, 2024's and the
    // other criteria's stay.
    const StoredResult anAgain = result(qd366, nguyenVanAn(), eaKring(), QStringLiteral("2025"), {});
    REQUIRE(results.replaceResults(qd366, {QStringLiteral("2025")}, {eaKring()}, {anAgain}));
    const auto after = stored(storage, QStringLiteral("2025"));
    REQUIRE(after.ok());
    REQUIRE(after->size() == 2);
    CHECK(after->contains(anAgain));
    CHECK(after->contains(hoa));
    CHECK(anAgain.needsDecision);
    CHECK(*results.results(qd366, QStringLiteral("2024"), {}) == QList<StoredResult>{an2024});
    CHECK(results.results(other.criteriaId, {}, {})->size() == 1);
}

TEST_CASE("replaceResults is all or nothing, and a result outside its scope that is stored is refused")
{
    auto db = openMemory();
    Storage storage(*db);
    ResultRepository& results = storage.results();
    const QString qd366 = QStringLiteral("xep-loai-dang-vien-qd366");
    const StoredResult an =
        result(qd366, nguyenVanAn(), eaKring(), QStringLiteral("2025"), QStringLiteral("htt"));
    REQUIRE(results.replaceResults(qd366, {QStringLiteral("2025")}, {eaKring()}, {an}));

    // Kdrô's run must not carry Ea Kring's subject: the unique (criteria, subject, period) refuses it and
    // the delete of Kdrô's old rows is undone with it.
    const StoredResult hoa =
        result(qd366, tranThiHoa(), kdro(), QStringLiteral("2025"), QStringLiteral("ht"));
    REQUIRE(results.replaceResults(qd366, {QStringLiteral("2025")}, {kdro()}, {hoa}));
    StoredResult stray = an;
    stray.orgId = kdro();
    const Status clash = results.replaceResults(qd366, {QStringLiteral("2025")}, {kdro()}, {stray});
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().code == QStringLiteral("storage.constraint"));
    CHECK(stored(storage)->size() == 2);

    StoredResult wrongCriteria = hoa;
    wrongCriteria.criteriaId = QStringLiteral("dang-vien-5-tot");
    CHECK(results.replaceResults(qd366, {QStringLiteral("2025")}, {kdro()}, {wrongCriteria}).error().code ==
          QStringLiteral("storage.invalid"));
    StoredResult badKind = hoa;
    badKind.subjectKind = QStringLiteral("member");
    CHECK(results.replaceResults(qd366, {QStringLiteral("2025")}, {kdro()}, {badKind}).error().code ==
          QStringLiteral("storage.invalid"));
    CHECK(*stored(storage) == QList<StoredResult>{an, hoa});
}

TEST_CASE("decisions: recorded with a reason, the latest is current, the history keeps every one")
{
    auto db = openMemory();
    Storage storage(*db);
    DecisionRepository& decisions = storage.decisions();
    const ClassificationDecision first =
        decision(QStringLiteral("qđ/An/1"), nguyenVanAn(), QStringLiteral("htt"), QDate(2025, 12, 20));
    const ClassificationDecision second =
        decision(QStringLiteral("qđ/An/2"), nguyenVanAn(), QStringLiteral("htxs"), QDate(2025, 12, 18));
    const ClassificationDecision hoa =
        decision(QStringLiteral("qđ/Hoa"), tranThiHoa(), QStringLiteral("ht"), QDate(2025, 12, 22));
    REQUIRE(decisions.record(first));
    REQUIRE(decisions.record(hoa));
    REQUIRE(decisions.record(second)); // recorded later, though dated earlier: it is the current one

    const auto current = decisions.current(2025, {nguyenVanAn(), tranThiHoa()});
    REQUIRE(current.ok());
    REQUIRE(current->size() == 2);
    CHECK(current->contains(second));
    CHECK(current->contains(hoa));
    CHECK(*decisions.current(2025, {nguyenVanAn()}) == QList<ClassificationDecision>{second});
    CHECK(decisions.current(2025, {})->size() == 2);
    CHECK(decisions.current(2024, {nguyenVanAn()})->isEmpty());
    CHECK(*decisions.history(nguyenVanAn()) == QList<ClassificationDecision>{first, second});

    // Recomputing results leaves decisions alone.
    const QString qd366 = QStringLiteral("xep-loai-dang-vien-qd366");
    REQUIRE(storage.results().replaceResults(
        qd366, {QStringLiteral("2025")}, {eaKring()},
        {result(qd366, nguyenVanAn(), eaKring(), QStringLiteral("2025"), QStringLiteral("htt"))}));
    REQUIRE(storage.results().replaceResults(qd366, {QStringLiteral("2025")}, {eaKring()}, {}));
    CHECK(decisions.history(nguyenVanAn())->size() == 2);
}

TEST_CASE("a decision needs a known level, a reason and who decided")
{
    auto db = openMemory();
    Storage storage(*db);
    ClassificationDecision valid =
        decision(QStringLiteral("qđ/Bình"), dangThiBinh(), QStringLiteral("kht"), QDate(2025, 12, 20));
    ClassificationDecision badLevel = valid;
    badLevel.decidedLevel = QStringLiteral("xuat_sac");
    ClassificationDecision noReason = valid;
    noReason.reason = QStringLiteral(" ");
    ClassificationDecision noAuthor = valid;
    noAuthor.decidedBy.clear();
    for (const ClassificationDecision& wrong : {badLevel, noReason, noAuthor})
        CHECK(storage.decisions().record(wrong).error().code == QStringLiteral("storage.invalid"));
    CHECK(storage.decisions().history(dangThiBinh())->isEmpty());
    REQUIRE(storage.decisions().record(valid));
    CHECK(storage.decisions().record(valid).error().code == QStringLiteral("storage.constraint")); // same id
}

TEST_CASE("current decisions of a province's worth of subjects take one scoped query")
{
    auto db = openMemory();
    Storage storage(*db);
    QList<QUuid> subjects;
    REQUIRE(db->begin());
    for (int i = 0; i < 3000; ++i) {
        subjects.append(idFor(QStringLiteral("đảng viên %1").arg(i)));
        if (i % 3 == 0)
            REQUIRE(storage.decisions().record(decision(QStringLiteral("qđ/%1").arg(i), subjects.last(),
                                                        QStringLiteral("htt"), QDate(2025, 12, 20))));
    }
    REQUIRE(db->commit());
    const auto current = storage.decisions().current(2025, subjects);
    REQUIRE(current.ok());
    CHECK(current->size() == 1000);
}

TEST_CASE("the demo's ratings are valid, and are stored and loaded back in canonical order")
{
    const Dataset demo = DemoGenerator::generate({20250101, QDate(2026, 11, 22)});
    REQUIRE(demo.ratings.size() > 1500);
    const QList<Error> problems = DatasetValidator::validate(demo);
    INFO((problems.isEmpty() ? QString() : problems.first().toString()));
    CHECK(problems.isEmpty());
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(db->begin());
    REQUIRE(storage.insertDataset(demo));
    REQUIRE(db->commit());
    const auto loaded = storage.loadAll();
    REQUIRE(loaded.ok());
    QList<Rating> expected = demo.ratings;
    DatasetOrder::sort(expected);
    CHECK(loaded->ratings == expected);
}
