// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CardJsonWriter.h"

#include "core/EnumCodes.h"
#include "services/JsonStream.h"

namespace chibo {

// Keys are written in the order QJsonObject keeps them (sorted), so the bytes match QJsonDocument's.

namespace {

void value(JsonStream& json, const ScoreValue& value)
{
    if (value.isMissing())
        json.null();
    else
        json.string(value.toString());
}

void bilingual(JsonStream& json, const BilingualText& text)
{
    json.beginObject();
    json.key(QLatin1StringView("en"));
    json.string(text.en);
    json.key(QLatin1StringView("vi"));
    json.string(text.vi);
    json.endObject();
}

void checks(JsonStream& json, const QList<Check>& list)
{
    json.beginArray();
    for (const Check& check : list) {
        json.beginObject();
        json.key(QLatin1StringView("actual"));
        value(json, check.actual);
        json.key(QLatin1StringView("expected"));
        value(json, check.expected);
        json.key(QLatin1StringView("op"));
        json.string(check.op);
        json.key(QLatin1StringView("result"));
        json.string(codeOf(check.result));
        json.key(QLatin1StringView("what"));
        json.string(check.what);
        json.endObject();
    }
    json.endArray();
}

void records(JsonStream& json, const QList<RecordRef>& list)
{
    json.beginArray();
    for (const RecordRef& record : list) {
        json.beginObject();
        if (!record.detail.isEmpty()) {
            json.key(QLatin1StringView("detail"));
            json.string(record.detail);
        }
        json.key(QLatin1StringView("id"));
        json.string(record.id.toString(QUuid::WithoutBraces));
        json.key(QLatin1StringView("kind"));
        json.string(record.kind);
        json.endObject();
    }
    json.endArray();
}

void rationalOrNull(JsonStream& json, bool present, const Rational& number)
{
    if (present)
        json.string(number.toString());
    else
        json.null();
}

void indicator(JsonStream& json, const IndicatorResult& result)
{
    json.beginObject();
    json.key(QLatin1StringView("checks"));
    checks(json, result.passChecks);
    json.key(QLatin1StringView("id"));
    json.string(result.id);
    json.key(QLatin1StringView("inputs"));
    json.beginArray();
    for (const NamedValue& input : result.inputs) {
        json.beginObject();
        json.key(QLatin1StringView("name"));
        json.string(input.name);
        json.key(QLatin1StringView("value"));
        value(json, input.value);
        json.endObject();
    }
    json.endArray();
    json.key(QLatin1StringView("label"));
    bilingual(json, result.label);
    json.key(QLatin1StringView("legal_ref"));
    json.string(result.legalRef);
    json.key(QLatin1StringView("max_points"));
    rationalOrNull(json, result.scored, result.maxPoints);
    json.key(QLatin1StringView("outcome"));
    json.string(codeOf(result.outcome));
    json.key(QLatin1StringView("points"));
    rationalOrNull(json, result.scored, result.points);
    json.key(QLatin1StringView("records"));
    records(json, result.records);
    json.key(QLatin1StringView("value"));
    value(json, result.value);
    json.key(QLatin1StringView("value_type"));
    json.string(codeOf(result.value.type));
    json.endObject();
}

void reasons(JsonStream& json, const QList<Reason>& list)
{
    json.beginArray();
    for (const Reason& reason : list) {
        json.beginObject();
        json.key(QLatin1StringView("checks"));
        checks(json, reason.checks);
        json.key(QLatin1StringView("kind"));
        json.string(codeOf(reason.kind));
        json.key(QLatin1StringView("label"));
        bilingual(json, reason.label);
        json.key(QLatin1StringView("legal_ref"));
        json.string(reason.legalRef);
        json.key(QLatin1StringView("level"));
        json.stringOrNull(reason.level);
        json.key(QLatin1StringView("met"));
        json.string(codeOf(reason.met));
        json.key(QLatin1StringView("rule"));
        json.string(reason.ruleId);
        json.endObject();
    }
    json.endArray();
}

void flags(JsonStream& json, const QList<Flag>& list)
{
    json.beginArray();
    for (const Flag& flag : list) {
        json.beginObject();
        json.key(QLatin1StringView("checks"));
        checks(json, flag.checks);
        json.key(QLatin1StringView("id"));
        json.string(flag.id);
        json.key(QLatin1StringView("label"));
        bilingual(json, flag.label);
        json.key(QLatin1StringView("legal_ref"));
        json.string(flag.legalRef);
        json.endObject();
    }
    json.endArray();
}

} // namespace

QByteArray CardJsonWriter::write(const ScoreCard& card)
{
    JsonStream json;
    json.beginObject();
    json.key(QLatin1StringView("content_hash"));
    json.string(card.contentHash);
    json.key(QLatin1StringView("criteria"));
    json.string(card.criteriaId);
    json.key(QLatin1StringView("flags"));
    flags(json, card.flags);
    json.key(QLatin1StringView("indicators"));
    json.beginArray();
    for (const IndicatorResult& result : card.indicators)
        indicator(json, result);
    json.endArray();
    json.key(QLatin1StringView("level"));
    json.stringOrNull(card.level);
    json.key(QLatin1StringView("max_total"));
    rationalOrNull(json, card.hasPoints, card.maxTotal);
    json.key(QLatin1StringView("needs_decision"));
    json.boolean(card.needsDecision());
    json.key(QLatin1StringView("organisation"));
    json.string(card.orgId.toString(QUuid::WithoutBraces));
    json.key(QLatin1StringView("period"));
    json.string(card.period);
    json.key(QLatin1StringView("rated"));
    json.boolean(card.rated);
    json.key(QLatin1StringView("reasons"));
    reasons(json, card.reasons);
    json.key(QLatin1StringView("subject"));
    json.string(card.subjectId.toString(QUuid::WithoutBraces));
    json.key(QLatin1StringView("subject_kind"));
    json.string(codeOf(card.subjectKind));
    json.key(QLatin1StringView("total"));
    rationalOrNull(json, card.hasPoints, card.total);
    json.key(QLatin1StringView("version"));
    json.string(card.criteriaVersion);
    json.endObject();
    return json.take();
}

} // namespace chibo
