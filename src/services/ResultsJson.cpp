// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ResultsJson.h"

#include "core/EnumCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chibo {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject bilingual(const BilingualText& text)
{
    return {{QStringLiteral("vi"), text.vi}, {QStringLiteral("en"), text.en}};
}

QJsonValue value(const ScoreValue& value)
{
    return value.isMissing() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonArray checks(const QList<Check>& list)
{
    QJsonArray array;
    for (const Check& check : list) {
        array.append(QJsonObject{{QStringLiteral("what"), check.what},
                                 {QStringLiteral("actual"), value(check.actual)},
                                 {QStringLiteral("op"), check.op},
                                 {QStringLiteral("expected"), value(check.expected)},
                                 {QStringLiteral("result"), codeOf(check.result)}});
    }
    return array;
}

QJsonArray records(const QList<RecordRef>& list)
{
    QJsonArray array;
    for (const RecordRef& record : list) {
        QJsonObject object{{QStringLiteral("kind"), record.kind},
                           {QStringLiteral("id"), record.id.toString(QUuid::WithoutBraces)}};
        if (!record.detail.isEmpty())
            object.insert(QStringLiteral("detail"), record.detail);
        array.append(object);
    }
    return array;
}

QJsonObject indicator(const IndicatorResult& result)
{
    QJsonArray inputs;
    for (const NamedValue& input : result.inputs)
        inputs.append(
            QJsonObject{{QStringLiteral("name"), input.name}, {QStringLiteral("value"), value(input.value)}});
    return {{QStringLiteral("id"), result.id},
            {QStringLiteral("label"), bilingual(result.label)},
            {QStringLiteral("legal_ref"), result.legalRef},
            {QStringLiteral("value"), value(result.value)},
            {QStringLiteral("value_type"), codeOf(result.value.type)},
            {QStringLiteral("inputs"), inputs},
            {QStringLiteral("records"), records(result.records)},
            {QStringLiteral("checks"), checks(result.passChecks)},
            {QStringLiteral("points"), result.scored ? QJsonValue(result.points.toString()) : QJsonValue()},
            {QStringLiteral("max_points"),
             result.scored ? QJsonValue(result.maxPoints.toString()) : QJsonValue()},
            {QStringLiteral("outcome"), codeOf(result.outcome)}};
}

QJsonArray reasons(const QList<Reason>& list)
{
    QJsonArray array;
    for (const Reason& reason : list) {
        array.append(QJsonObject{{QStringLiteral("kind"), codeOf(reason.kind)},
                                 {QStringLiteral("rule"), reason.ruleId},
                                 {QStringLiteral("label"), bilingual(reason.label)},
                                 {QStringLiteral("legal_ref"), reason.legalRef},
                                 {QStringLiteral("met"), codeOf(reason.met)},
                                 {QStringLiteral("level"), textOrNull(reason.level)},
                                 {QStringLiteral("checks"), checks(reason.checks)}});
    }
    return array;
}

QJsonArray flags(const QList<Flag>& list)
{
    QJsonArray array;
    for (const Flag& flag : list) {
        array.append(QJsonObject{{QStringLiteral("id"), flag.id},
                                 {QStringLiteral("label"), bilingual(flag.label)},
                                 {QStringLiteral("legal_ref"), flag.legalRef},
                                 {QStringLiteral("checks"), checks(flag.checks)}});
    }
    return array;
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

} // namespace

QJsonObject ResultsJson::card(const ScoreCard& card)
{
    QJsonArray indicators;
    for (const IndicatorResult& result : card.indicators)
        indicators.append(indicator(result));
    return {
        {QStringLiteral("criteria"), card.criteriaId},
        {QStringLiteral("version"), card.criteriaVersion},
        {QStringLiteral("content_hash"), card.contentHash},
        {QStringLiteral("subject_kind"), codeOf(card.subjectKind)},
        {QStringLiteral("subject"), card.subjectId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("organisation"), card.orgId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("period"), card.period},
        {QStringLiteral("rated"), card.rated},
        {QStringLiteral("level"), textOrNull(card.level)},
        {QStringLiteral("needs_decision"), card.needsDecision()},
        {QStringLiteral("total"), card.hasPoints ? QJsonValue(card.total.toString()) : QJsonValue()},
        {QStringLiteral("max_total"), card.hasPoints ? QJsonValue(card.maxTotal.toString()) : QJsonValue()},
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("reasons"), reasons(card.reasons)},
        {QStringLiteral("flags"), flags(card.flags)}};
}

QJsonObject ResultsJson::quota(const QuotaState& quota)
{
    return {{QStringLiteral("criteria"), quota.criteriaId},
            {QStringLiteral("quota"), quota.quotaId},
            {QStringLiteral("label"), bilingual(quota.label)},
            {QStringLiteral("legal_ref"), quota.legalRef},
            {QStringLiteral("organisation"), quota.scopeOrgId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("level"), quota.level},
            {QStringLiteral("base_levels"), strings(quota.baseLevels)},
            {QStringLiteral("current"), quota.current},
            {QStringLiteral("base"), quota.baseCount},
            {QStringLiteral("allowed"), quota.allowed},
            {QStringLiteral("exceeded"), quota.exceeded()}};
}

QByteArray ResultsJson::document(const ResultsRequest& request, const ScoreRun& run)
{
    QJsonArray cards;
    QJsonArray files;
    QStringList seen;
    for (const ScoreCard& each : run.cards) {
        cards.append(card(each));
        const QString reference = each.criteriaId + u'@' + each.criteriaVersion;
        if (!seen.contains(reference)) {
            seen.append(reference);
            files.append(QJsonObject{{QStringLiteral("id"), each.criteriaId},
                                     {QStringLiteral("version"), each.criteriaVersion},
                                     {QStringLiteral("content_hash"), each.contentHash}});
        }
    }
    QJsonArray quotas;
    for (const QuotaState& each : run.quotas)
        quotas.append(quota(each));
    const QJsonObject header{
        {QStringLiteral("command"), request.command},
        {QStringLiteral("criteria"), strings(request.criteriaIds)},
        {QStringLiteral("organisation"), request.orgId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("year"), request.year},
        {QStringLiteral("month"), request.month == 0 ? QJsonValue() : QJsonValue(request.month)},
        {QStringLiteral("as_of"), request.asOf.toString(Qt::ISODate)}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("chibo-results")},
                           {QStringLiteral("format_version"), 1},
                           {QStringLiteral("request"), header},
                           {QStringLiteral("criteria_files"), files},
                           {QStringLiteral("cards"), cards},
                           {QStringLiteral("quotas"), quotas}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chibo
