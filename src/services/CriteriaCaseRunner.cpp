// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaCaseRunner.h"

#include "core/EnumCodes.h"
#include "dataset/DatasetReader.h"
#include "services/ScoringService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace chibo {

namespace {

struct CaseSpec {
    QString criteriaId;
    QUuid orgId;
    ScoreQuery query;
    QJsonArray expect;
    QJsonArray expectQuota;
};

Error caseError(const QString& sourceName, const QString& message)
{
    return {QStringLiteral("criteria-test.bad-case"), message,
            sourceName + QStringLiteral(" /criteria_test")};
}

Result<CaseSpec> readSpec(const QJsonObject& test, const QString& sourceName)
{
    CaseSpec spec;
    spec.criteriaId = test.value(u"criteria").toString();
    spec.orgId = QUuid(test.value(u"org").toString());
    spec.query.criteriaIds = {spec.criteriaId};
    spec.query.year = test.value(u"year").toInt();
    spec.query.month = test.value(u"month").toInt(0);
    spec.expect = test.value(u"expect").toArray();
    spec.expectQuota = test.value(u"expect_quota").toArray();
    const QString asOf = test.value(u"as_of").toString();
    spec.query.asOf = asOf.isEmpty() ? QDate() : QDate::fromString(asOf, Qt::ISODate);
    if (spec.criteriaId.isEmpty() || spec.orgId.isNull() || spec.query.year == 0)
        return caseError(sourceName,
                         CriteriaCaseRunner::tr("A case needs \"criteria\", \"org\" and \"year\"."));
    if (!asOf.isEmpty() && !spec.query.asOf.isValid())
        return caseError(sourceName, CriteriaCaseRunner::tr("\"as_of\" must be a date as YYYY-MM-DD."));
    if (!spec.query.asOf.isValid()) {
        const QDate start(spec.query.year, spec.query.month == 0 ? 1 : spec.query.month, 1);
        spec.query.asOf =
            spec.query.month == 0 ? QDate(spec.query.year, 12, 31) : start.addMonths(1).addDays(-1);
    }
    return spec;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

class Comparison {
public:
    explicit Comparison(CriteriaCaseOutcome& outcome)
        : m_outcome(outcome)
    {}
    void expect(const QString& where, const QString& expected, const QString& actual)
    {
        ++m_outcome.checked;
        if (expected != actual) {
            m_outcome.failures.append(CriteriaCaseRunner::tr("%1: expected “%2”, got “%3”.")
                                          .arg(where, expected.isEmpty() ? QStringLiteral("null") : expected,
                                               actual.isEmpty() ? QStringLiteral("null") : actual));
        }
    }

private:
    CriteriaCaseOutcome& m_outcome;
};

void compareIndicators(const QJsonObject& expected, const ScoreCard& card, const QString& where,
                       Comparison& compare)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const auto found = std::find_if(card.indicators.cbegin(), card.indicators.cend(),
                                        [&](const IndicatorResult& item) { return item.id == it.key(); });
        const QString place = where + QStringLiteral(" indicator ") + it.key();
        if (found == card.indicators.cend()) {
            compare.expect(place, QStringLiteral("present"), QStringLiteral("absent"));
            continue;
        }
        const QJsonObject facts = it.value().toObject();
        if (facts.contains(u"value"))
            compare.expect(place + QStringLiteral(" value"), jsonText(facts.value(u"value")),
                           found->value.toString());
        if (facts.contains(u"points"))
            compare.expect(place + QStringLiteral(" points"), jsonText(facts.value(u"points")),
                           found->scored ? found->points.toString() : QString());
        if (facts.contains(u"outcome"))
            compare.expect(place + QStringLiteral(" outcome"), jsonText(facts.value(u"outcome")),
                           codeOf(found->outcome));
    }
}

void compareCard(const QJsonObject& expected, const ScoreCard& card, const QString& where,
                 Comparison& compare)
{
    if (expected.contains(u"rated"))
        compare.expect(where + QStringLiteral(" rated"), jsonText(expected.value(u"rated")),
                       card.rated ? QStringLiteral("true") : QStringLiteral("false"));
    if (expected.contains(u"level"))
        compare.expect(where + QStringLiteral(" level"), jsonText(expected.value(u"level")), card.level);
    if (expected.contains(u"total"))
        compare.expect(where + QStringLiteral(" total"), jsonText(expected.value(u"total")),
                       card.hasPoints ? card.total.toString() : QString());
    if (expected.contains(u"flags")) {
        QStringList wanted;
        for (const QJsonValue& flag : expected.value(u"flags").toArray())
            wanted.append(flag.toString());
        QStringList got;
        for (const Flag& flag : card.flags)
            got.append(flag.id);
        wanted.sort();
        got.sort();
        compare.expect(where + QStringLiteral(" flags"), wanted.join(u", "), got.join(u", "));
    }
    compareIndicators(expected.value(u"indicators").toObject(), card, where, compare);
}

bool checksLevelOrFlag(const QJsonArray& expect)
{
    return std::any_of(expect.begin(), expect.end(), [](const QJsonValue& item) {
        const QJsonObject object = item.toObject();
        return object.contains(u"level") || object.contains(u"flags") || object.contains(u"rated");
    });
}

void compareRun(const CaseSpec& spec, const ScoreRun& run, CriteriaCaseOutcome& outcome)
{
    Comparison compare(outcome);
    for (const QJsonValue& item : spec.expect) {
        const QJsonObject expected = item.toObject();
        const QUuid subject(expected.value(u"subject").toString());
        const QString criteriaId = expected.value(u"criteria").toString(spec.criteriaId);
        const QString where =
            CriteriaCaseRunner::tr("subject %1").arg(subject.toString(QUuid::WithoutBraces));
        const auto card = std::find_if(run.cards.cbegin(), run.cards.cend(), [&](const ScoreCard& each) {
            return each.subjectId == subject && each.criteriaId == criteriaId;
        });
        if (card == run.cards.cend()) {
            compare.expect(where, QStringLiteral("a result"), QStringLiteral("none"));
            continue;
        }
        compareCard(expected, *card, where, compare);
    }
    for (const QJsonValue& item : spec.expectQuota) {
        const QJsonObject expected = item.toObject();
        const QUuid org(expected.value(u"org").toString());
        const QString where = CriteriaCaseRunner::tr("quota of %1").arg(org.toString(QUuid::WithoutBraces));
        const auto quota = std::find_if(run.quotas.cbegin(), run.quotas.cend(),
                                        [&](const QuotaState& each) { return each.scopeOrgId == org; });
        if (quota == run.quotas.cend()) {
            compare.expect(where, QStringLiteral("a quota"), QStringLiteral("none"));
            continue;
        }
        compare.expect(where + QStringLiteral(" current"), jsonText(expected.value(u"current")),
                       QString::number(quota->current));
        compare.expect(where + QStringLiteral(" base"), jsonText(expected.value(u"base")),
                       QString::number(quota->baseCount));
        compare.expect(where + QStringLiteral(" allowed"), jsonText(expected.value(u"allowed")),
                       QString::number(quota->allowed));
    }
}

} // namespace

Result<CriteriaCaseOutcome> CriteriaCaseRunner::run(const CriteriaSet& criteria, const QByteArray& bytes,
                                                    const QString& sourceName)
{
    auto dataset = DatasetReader::read(bytes, sourceName, {QStringLiteral("criteria_test")});
    if (!dataset)
        return dataset.error();
    const QJsonObject test = QJsonDocument::fromJson(bytes).object().value(u"criteria_test").toObject();
    if (test.isEmpty())
        return caseError(sourceName, tr("The file has no \"criteria_test\" member."));
    const auto spec = readSpec(test, sourceName);
    if (!spec)
        return spec.error();
    CriteriaCaseOutcome outcome;
    outcome.description = test.value(u"description").toString();
    outcome.criteriaId = spec->criteriaId;
    if (!checksLevelOrFlag(spec->expect) && spec->expectQuota.isEmpty()) {
        outcome.failures.append(tr("The case expects no level, flag or quota: it could not fail."));
        return outcome;
    }
    const auto snapshot = ScoringSnapshot::of(std::move(dataset).value(), spec->orgId);
    if (!snapshot)
        return snapshot.error();
    const auto run = ScoringService::score(criteria, *snapshot, spec->query);
    if (!run)
        return run.error();
    compareRun(*spec, *run, outcome);
    return outcome;
}

} // namespace chibo
