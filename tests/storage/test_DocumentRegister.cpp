// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Database.h"
#include "storage/Storage.h"
#include "support/Catch.h"
#include "support/TestData.h"

using namespace chibo;
using namespace chibo::test;

namespace {

IssuedDocument report(int number, const QString& subject)
{
    return IssuedDocument{idFor(u"document/" + subject + QString::number(number)),
                          eaKring(),
                          QStringLiteral("BC"),
                          QDate(2025, 7, 1),
                          number,
                          subject,
                          QStringLiteral("Kết quả đánh giá, xếp loại chất lượng năm 2025"),
                          QDate(2025, 12, 20),
                          QDateTime(QDate(2025, 12, 20), QTime(3, 0), Qt::UTC),
                          QStringLiteral("Nguyễn Văn An")};
}

QList<int> numbersOf(const Result<QList<IssuedDocument>>& entries)
{
    REQUIRE(entries.ok());
    QList<int> numbers;
    for (const IssuedDocument& entry : *entries)
        numbers.append(entry.number);
    return numbers;
}

} // namespace

TEST_CASE("The register keeps each organisation's documents by term, type and number")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    DocumentRegisterRepository& documents = storage.documents();
    IssuedDocument minutes = report(1, QStringLiteral("minutes/tháng 11"));
    minutes.typeCode = QStringLiteral("BB");
    IssuedDocument byHand = report(3, QString());
    byHand.title = QStringLiteral("Nghị quyết tháng 12");
    byHand.typeCode = QStringLiteral("NQ");
    REQUIRE(documents.record(report(2, QStringLiteral("year-report/2025"))).ok());
    REQUIRE(documents.record(minutes).ok());
    REQUIRE(documents.record(report(1, QStringLiteral("year-report/2024"))).ok());
    REQUIRE(documents.record(byHand).ok());
    IssuedDocument otherHand = report(4, QString()); // two documents recorded by hand have no subject
    otherHand.typeCode = QStringLiteral("NQ");
    REQUIRE(documents.record(otherHand).ok());

    CHECK(numbersOf(documents.ofOrganisation(eaKring())) == QList<int>{1, 1, 2, 3, 4}); // BB, BC…, NQ…
    CHECK(documents.ofOrganisation(eaKring())->at(1) == report(1, QStringLiteral("year-report/2024")));
    CHECK(documents.ofOrganisation(kdro())->isEmpty());
}

TEST_CASE("A number or a subject is given once per organisation, type and term, nothing else is written")
{
    auto db = openMemory();
    Storage storage(*db);
    REQUIRE(storage.insertDataset(sampleDataset()).ok());
    DocumentRegisterRepository& documents = storage.documents();
    REQUIRE(documents.record(report(1, QStringLiteral("year-report/2025"))).ok());

    const Status sameNumber = documents.record(report(1, QStringLiteral("year-report/2024")));
    REQUIRE_FALSE(sameNumber.ok());
    CHECK(sameNumber.error().code == QStringLiteral("storage.constraint"));
    const Status sameSubject = documents.record(report(2, QStringLiteral("year-report/2025")));
    REQUIRE_FALSE(sameSubject.ok());
    CHECK(sameSubject.error().code == QStringLiteral("storage.constraint"));

    IssuedDocument nextTerm = report(1, QStringLiteral("year-report/2030"));
    nextTerm.termFrom = QDate(2030, 7, 1); // numbering starts again in a new term
    CHECK(documents.record(nextTerm).ok());

    IssuedDocument nobody = report(5, QStringLiteral("year-report/2026"));
    nobody.recordedBy = QStringLiteral("  ");
    CHECK(documents.record(nobody).error().code == QStringLiteral("storage.invalid"));
    IssuedDocument zero = report(0, QStringLiteral("year-report/2027"));
    CHECK(documents.record(zero).error().code == QStringLiteral("storage.invalid"));
    IssuedDocument elsewhere = report(6, QStringLiteral("year-report/2028"));
    elsewhere.orgId = idFor(QStringLiteral("no such organisation"));
    CHECK(documents.record(elsewhere).error().code == QStringLiteral("storage.missing-reference"));
    CHECK(numbersOf(documents.ofOrganisation(eaKring())) == QList<int>{1, 1});
}
