// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearendFixture.h"
#include "services/CardJsonWriter.h"
#include "services/ClassificationService.h"
#include "services/ResultsJson.h"
#include "services/ScoringSnapshot.h"
#include "support/Catch.h"

#include <QJsonDocument>

using namespace chibo;

namespace {

QByteArray viaQJson(const ScoreCard& card)
{
    return QJsonDocument(ResultsJson::card(card)).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("the card writer gives QJsonDocument's bytes for every card of the demo commune's classification")
{
    const test::YearendFixture demo;
    const auto snapshot =
        ScoringSnapshot::load(*demo.workspace, demo.orgId(QStringLiteral("Đảng bộ xã Ea Sin")));
    REQUIRE(snapshot.ok());
    for (const int year : {2025, 2026}) {
        const auto classified = ClassificationService::classify(demo.criteria, *snapshot, year, demo.day());
        REQUIRE(classified.ok());
        REQUIRE(classified->run.cards.size() > 100);
        int differing = 0;
        for (const ScoreCard& card : classified->run.cards) {
            if (CardJsonWriter::write(card) != viaQJson(card)) {
                if (++differing == 1)
                    UNSCOPED_INFO(viaQJson(card).toStdString() << "\n"
                                                               << CardJsonWriter::write(card).toStdString());
            }
        }
        CHECK(differing == 0);
    }
}

TEST_CASE("the card writer escapes quotes, backslashes and control characters as QJsonDocument does")
{
    ScoreCard card;
    card.criteriaId = QStringLiteral("tiêu-chí \"thử\" \\ số 1");
    card.level.clear();
    card.hasPoints = true;
    card.total = Rational(173, 2);
    Flag flag;
    flag.id = QStringLiteral("cờ");
    flag.label = {QStringLiteral("Dòng một\nDòng hai\tcột\r\b\f") + QChar(0x01) + QChar(0x1f),
                  QStringLiteral("Line / slash 😀")};
    flag.checks.append({QStringLiteral("Đảng viên đi họp"), ScoreValue::of(Rational(2, 3)),
                        QStringLiteral(">="), ScoreValue::ofCode(QStringLiteral("tot")), Truth::False});
    card.flags.append(flag);
    IndicatorResult indicator;
    indicator.id = QStringLiteral("a");
    indicator.records.append(
        {QStringLiteral("meeting"), QUuid::createUuid(), QStringLiteral("ngày 05/03/2025")});
    indicator.records.append({QStringLiteral("member"), QUuid::createUuid(), {}});
    card.indicators.append(indicator);
    CHECK(CardJsonWriter::write(card) == viaQJson(card));
}
