// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/RecordReader.h"

#include "dataset/TextFormats.h"

#include <algorithm>
#include <limits>

namespace chibo {

namespace {

QString quoted(QStringView text)
{
    constexpr qsizetype shown = 60;
    return text.size() <= shown ? text.toString() : text.first(shown).toString() + u'…';
}

} // namespace

RecordReader::RecordReader(const QJsonValue& value, const JsonPath& path, RecordKind kind,
                           FirstProblem& problems, std::initializer_list<QStringView> known)
    : RecordReader(value, path, kind, problems, QList<QStringView>(known))
{}

RecordReader::RecordReader(const QJsonValue& value, const JsonPath& path, RecordKind kind,
                           FirstProblem& problems, const QList<QStringView>& known)
    : m_object(value.toObject())
    , m_path(path)
    , m_kind(kind)
    , m_problems(problems)
    , m_isObject(value.isObject())
{
    if (!m_isObject)
        reportWrongType(path, value, Expected::Object);
    else
        checkKnown(known);
}

void RecordReader::checkKnown(const QList<QStringView>& known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (known.contains(QStringView(key)))
            continue;
        QStringList names;
        for (QStringView name : known)
            names.append(name.toString());
        names.sort();
        m_problems.report((m_path / key).pointer(), QStringLiteral("dataset.unknown-key"),
                          tr("The %1 has an unknown field “%2”; check its spelling. Known fields: %3.")
                              .arg(recordNoun(m_kind), key, names.join(QStringLiteral(", "))));
    }
}

QString RecordReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("the value %1").arg(value.toBool() ? u"true" : u"false");
    case QJsonValue::Double: return tr("the number %1").arg(QString::number(value.toDouble(), 'g', 17));
    case QJsonValue::String: return tr("the text “%1”").arg(quoted(value.toString()));
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void RecordReader::reportWrongType(const JsonPath& at, const QJsonValue& found, Expected expected)
{
    const QString field = at.fieldName();
    QString message;
    switch (expected) {
    case Expected::Text: message = tr("The field “%1” must be text, but it is %2."); break;
    case Expected::WholeNumber: message = tr("The field “%1” must be a whole number, but it is %2."); break;
    case Expected::TrueFalse: message = tr("The field “%1” must be true or false, but it is %2."); break;
    case Expected::List: message = tr("The field “%1” must be a list, but it is %2."); break;
    case Expected::Object: message = tr("The field “%1” must be an object, but it is %2."); break;
    }
    m_problems.report(at.pointer(), QStringLiteral("dataset.wrong-type"),
                      message.arg(field, describe(found)));
}

void RecordReader::reportBadFormat(QStringView key, const QString& code, const QString& message)
{
    m_problems.report((m_path / key).pointer(), code, message);
}

void RecordReader::reportUnknownCode(QStringView key, const QString& found, const QStringList& allowed)
{
    reportBadFormat(key, QStringLiteral("dataset.unknown-code"),
                    tr("The field “%1” has the unknown code “%2”; allowed codes: %3.")
                        .arg(key.toString(), quoted(found), allowed.join(QStringLiteral(", "))));
}

QJsonValue RecordReader::member(QStringView key, Need need)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && need == Need::Required && m_isObject)
        m_problems.report(
            m_path.pointer(), QStringLiteral("dataset.missing-field"),
            tr("The %1 has no “%2” field, which is required.").arg(recordNoun(m_kind), key.toString()));
    return value;
}

std::optional<QString> RecordReader::string(QStringView key, Need need)
{
    const QJsonValue value = member(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        reportWrongType(m_path / key, value, Expected::Text);
        return std::nullopt;
    }
    return value.toString();
}

QString RecordReader::text(QStringView key, Need need)
{
    const std::optional<QString> value = string(key, need);
    if (value && value->isEmpty() && need == Need::Required)
        reportBadFormat(key, QStringLiteral("dataset.empty-field"),
                        tr("The field “%1” must not be empty.").arg(key.toString()));
    return value.value_or(QString());
}

QStringList RecordReader::texts(QStringView key)
{
    const QJsonArray items = list(key);
    const JsonPath listPath = m_path / key;
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString())
            reportWrongType(listPath / i, item, Expected::Text);
        result.append(item.toString());
    }
    return result;
}

QUuid RecordReader::id(QStringView key, Need need)
{
    const std::optional<QString> written = string(key, need);
    if (!written)
        return {};
    const std::optional<QUuid> value = TextFormats::parseId(*written);
    if (!value)
        reportBadFormat(key, QStringLiteral("dataset.bad-uuid"),
                        tr("The field “%1” must be an id written as a UUID (8-4-4-4-12 hexadecimal digits, "
                           "e.g. 3f2b8c1e-5a4d-4e6f-9a7b-1c2d3e4f5a6b), but it is “%2”.")
                            .arg(key.toString(), quoted(*written)));
    else if (value->isNull())
        reportBadFormat(
            key, QStringLiteral("dataset.bad-uuid"),
            tr("The field “%1” holds the nil UUID, which is not an id; leave an empty reference out.")
                .arg(key.toString()));
    return value.value_or(QUuid());
}

QDate RecordReader::date(QStringView key, Need need)
{
    const std::optional<QString> written = string(key, need);
    if (!written)
        return {};
    const std::optional<QDate> value = TextFormats::parseDate(*written);
    if (!value)
        reportBadFormat(
            key, QStringLiteral("dataset.bad-date"),
            tr("The field “%1” must be a real date written YYYY-MM-DD, such as 2025-03-15, but it "
               "is “%2”.")
                .arg(key.toString(), quoted(*written)));
    return value.value_or(QDate());
}

YearMonth RecordReader::month(QStringView key, Need need)
{
    const std::optional<QString> written = string(key, need);
    if (!written)
        return {};
    const std::optional<YearMonth> value = TextFormats::parseMonth(*written);
    if (!value)
        reportBadFormat(key, QStringLiteral("dataset.bad-month"),
                        tr("The field “%1” must be a month written YYYY-MM, such as 2025-03, but it is “%2”.")
                            .arg(key.toString(), quoted(*written)));
    return value.value_or(YearMonth());
}

QTime RecordReader::time(QStringView key)
{
    const std::optional<QString> written = string(key, Need::Optional);
    if (!written)
        return {};
    const std::optional<QTime> value = TextFormats::parseTime(*written);
    if (!value)
        reportBadFormat(
            key, QStringLiteral("dataset.bad-time"),
            tr("The field “%1” must be a time of day written HH:MM, such as 19:30, but it is “%2”.")
                .arg(key.toString(), quoted(*written)));
    return value.value_or(QTime());
}

QDateTime RecordReader::dateTime(QStringView key)
{
    const std::optional<QString> written = string(key, Need::Optional);
    if (!written)
        return {};
    const std::optional<QDateTime> value = TextFormats::parseDateTime(*written);
    if (!value)
        reportBadFormat(key, QStringLiteral("dataset.bad-datetime"),
                        tr("The field “%1” must be a date and time with its UTC offset, such as "
                           "2025-03-15T19:30:00+07:00, but it is “%2”.")
                            .arg(key.toString(), quoted(*written)));
    return value.value_or(QDateTime());
}

qint64 RecordReader::count(QStringView key, qint64 max)
{
    const QJsonValue value = member(key, Need::Optional);
    if (value.isUndefined())
        return 0;
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 number = value.isDouble() ? value.toInteger(notWhole) : notWhole;
    if (number == notWhole) {
        reportWrongType(m_path / key, value, Expected::WholeNumber);
        return 0;
    }
    if (number < 0) {
        reportBadFormat(key, QStringLiteral("dataset.negative-number"),
                        tr("The field “%1” counts something and cannot be negative, but it is %2.")
                            .arg(key.toString(), QString::number(number)));
        return 0;
    }
    if (number > max) {
        reportBadFormat(key, QStringLiteral("dataset.number-out-of-range"),
                        tr("The field “%1” must be at most %2, but it is %3.")
                            .arg(key.toString(), QString::number(max), QString::number(number)));
        return 0;
    }
    return number;
}

bool RecordReader::flag(QStringView key)
{
    const QJsonValue value = member(key, Need::Optional);
    if (!value.isUndefined() && !value.isBool())
        reportWrongType(m_path / key, value, Expected::TrueFalse);
    return value.toBool(false);
}

QJsonArray RecordReader::list(QStringView key)
{
    const QJsonValue value = member(key, Need::Optional);
    if (!value.isUndefined() && !value.isArray())
        reportWrongType(m_path / key, value, Expected::List);
    return value.toArray();
}

QString RecordReader::identifier(QStringView key)
{
    const QString value = text(key, Need::Required);
    const bool valid =
        value.size() >= 3 && value.size() <= 64 && std::all_of(value.begin(), value.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        });
    if (!value.isEmpty() && !valid)
        reportBadFormat(key, QStringLiteral("dataset.bad-identifier"),
                        tr("The field “%1” must be an identifier of 3 to 64 lower-case letters a–z, digits "
                           "and hyphens, such as “chi-bo-bon-tot”, but it is “%2”.")
                            .arg(key.toString(), quoted(value)));
    return value;
}

QString RecordReader::period(QStringView key)
{
    const QString value = text(key);
    const bool year = TextFormats::hasShape(value, u"dddd") && value != u"0000";
    if (value.isEmpty() || year || TextFormats::parseMonth(value))
        return value;
    reportBadFormat(key, QStringLiteral("dataset.bad-period"),
                    tr("The field “%1” must be a year written YYYY (such as 2025), a month written YYYY-MM "
                       "(such as 2025-03), or empty for a meeting, but it is “%2”.")
                        .arg(key.toString(), quoted(value)));
    return {};
}

} // namespace chibo
