// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderContext.h"

#include <QRegularExpression>

#include <algorithm>

namespace chibo {

namespace {

bool isIdentifier(const QString& text, int minimumLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return text.size() >= minimumLength && pattern.match(text).hasMatch();
}

bool isCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(text).hasMatch();
}

bool isIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

CriteriaLoaderContext::CriteriaLoaderContext(const CriteriaSource& source)
    : m_source(source)
    , m_locator(m_source.bytes)
{}

CriteriaProblems CriteriaLoaderContext::takeProblems()
{
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto& a, const auto& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return std::exchange(m_problems, {});
}

void CriteriaLoaderContext::report(const QString& pointer, const QString& code, const QString& message,
                                   JsonLocator::Anchor anchor)
{
    // A missing member has no place of its own: it is shown at the nearest enclosing value that exists.
    std::optional<JsonLocator::Position> position = m_locator.locate(pointer, anchor);
    QString at = pointer;
    while (!position && !at.isEmpty()) {
        at.truncate(at.lastIndexOf(u'/'));
        position = m_locator.locate(at);
    }
    const JsonLocator::Position place = position.value_or(JsonLocator::Position{});
    m_problems.append(CriteriaProblem{m_source.name, place.line, place.column, pointer, code, message});
}

void CriteriaLoaderContext::reportAtOffset(qsizetype offset, const QString& code, const QString& message,
                                           const QString& pointer)
{
    const qsizetype clamped = std::clamp<qsizetype>(offset, 0, m_source.bytes.size());
    const JsonLocator::Position place = JsonLocator::positionIn(m_source.bytes, clamped);
    m_problems.append(CriteriaProblem{m_source.name, place.line, place.column, pointer, code, message});
}

void CriteriaLoaderContext::wrongType(const JsonPath& path, Type expected)
{
    const QString name = path.fieldName();
    QString message;
    switch (expected) {
    case Type::Object: message = tr("\"%1\" must be an object.").arg(name); break;
    case Type::Array: message = tr("\"%1\" must be a list.").arg(name); break;
    case Type::String: message = tr("\"%1\" must be text.").arg(name); break;
    case Type::Boolean: message = tr("\"%1\" must be true or false.").arg(name); break;
    case Type::Integer: message = tr("\"%1\" must be a whole number.").arg(name); break;
    case Type::Absent:
    case Type::Null:
    case Type::Float: message = tr("\"%1\" has the wrong type.").arg(name); break;
    }
    report(path, QStringLiteral("criteria.wrong-type"), message);
}

bool CriteriaLoaderContext::checkObject(const Value& value, const JsonPath& path, const QStringList& allowed)
{
    if (!value.is(Type::Object)) {
        wrongType(path, Type::Object);
        return false;
    }
    const QStringList keys = value.keys();
    for (const QString& key : keys) {
        if (allowed.contains(key))
            continue;
        const JsonPath child = path / key;
        report(child.pointer(), QStringLiteral("criteria.unknown-key"),
               tr("Unknown key \"%1\"; the keys allowed here are: %2.")
                   .arg(key, allowed.join(QLatin1String(", "))),
               JsonLocator::Anchor::Name);
    }
    return true;
}

bool CriteriaLoaderContext::checkArray(const Value& value, const JsonPath& path, bool nonEmpty)
{
    if (!value.is(Type::Array)) {
        wrongType(path, Type::Array);
        return false;
    }
    if (nonEmpty && value.size() == 0) {
        report(path, QStringLiteral("criteria.empty-field"),
               tr("\"%1\" must list at least one item.").arg(path.fieldName()));
        return false;
    }
    return true;
}

CriteriaLoaderValue CriteriaLoaderContext::field(const Value& object, const JsonPath& path, QStringView key,
                                                 bool required)
{
    const Value value = object.member(key);
    if (value.isAbsent() && required && object.is(Type::Object)) {
        const JsonPath child = path / key;
        report(child, QStringLiteral("criteria.missing-field"),
               tr("The required field \"%1\" is missing.").arg(key.toString()));
    }
    return value;
}

QString CriteriaLoaderContext::text(const Value& object, const JsonPath& path, QStringView key, bool required)
{
    const Value value = field(object, path, key, required);
    if (value.isAbsent())
        return {};
    const JsonPath child = path / key;
    if (!value.is(Type::String)) {
        wrongType(child, Type::String);
        return {};
    }
    const QString result = value.toString();
    if (required && result.trimmed().isEmpty())
        report(child, QStringLiteral("criteria.empty-field"),
               tr("\"%1\" must not be empty.").arg(key.toString()));
    return result;
}

BilingualText CriteriaLoaderContext::label(const Value& object, const JsonPath& path, QStringView key,
                                           bool required)
{
    const Value value = field(object, path, key, required);
    if (value.isAbsent())
        return {};
    const JsonPath child = path / key;
    if (!checkObject(value, child, {QStringLiteral("vi"), QStringLiteral("en")}))
        return {};
    return BilingualText{text(value, child, u"vi", true), text(value, child, u"en", false)};
}

QString CriteriaLoaderContext::identifier(const Value& object, const JsonPath& path, QStringView key,
                                          int minimumLength)
{
    const QString id = text(object, path, key, true);
    if (!id.isEmpty() && !isIdentifier(id, minimumLength)) {
        const JsonPath child = path / key;
        report(child, QStringLiteral("criteria.bad-id"),
               tr("The id \"%1\" must be %2 to 64 lower-case letters, digits or hyphens, starting with a "
                  "letter or "
                  "a digit.")
                   .arg(id)
                   .arg(minimumLength));
        return {};
    }
    return id;
}

QString CriteriaLoaderContext::code(const Value& object, const JsonPath& path, QStringView key, bool required)
{
    const QString result = text(object, path, key, required);
    if (!result.isEmpty() && !isCode(result)) {
        const JsonPath child = path / key;
        report(child, QStringLiteral("criteria.bad-code"),
               tr("The code \"%1\" must be lower-case letters, digits or underscores.").arg(result));
        return {};
    }
    return result;
}

std::optional<bool> CriteriaLoaderContext::boolean(const Value& object, const JsonPath& path, QStringView key)
{
    const Value value = object.member(key);
    if (value.isAbsent())
        return std::nullopt;
    if (!value.is(Type::Boolean)) {
        const JsonPath child = path / key;
        wrongType(child, Type::Boolean);
        return std::nullopt;
    }
    return value.toBool();
}

QDate CriteriaLoaderContext::date(const Value& object, const JsonPath& path, QStringView key, bool required,
                                  bool nullable)
{
    const Value value = field(object, path, key, required);
    if (value.isAbsent() || (nullable && value.is(Type::Null)))
        return {};
    const JsonPath child = path / key;
    if (!value.is(Type::String)) {
        wrongType(child, Type::String);
        return {};
    }
    const QString textValue = value.toString();
    if (!isIsoDate(textValue)) {
        report(child, QStringLiteral("criteria.bad-date"),
               tr("\"%1\" must be a date written YYYY-MM-DD, not \"%2\".").arg(key.toString(), textValue));
        return {};
    }
    return QDate::fromString(textValue, Qt::ISODate);
}

std::optional<Rational> CriteriaLoaderContext::number(const Value& value, const JsonPath& path)
{
    if (value.is(Type::Integer)) {
        const std::optional<qint64> whole = value.toInteger();
        if (whole && *whole <= kMaxMagnitude && *whole >= -kMaxMagnitude)
            return Rational(*whole);
    } else if (value.is(Type::Float)) {
        // nlohmann reads an integer too long for 64 bits as a float: tell the two apart by the text.
        const qsizetype at = m_locator.offsetOf(path.pointer());
        qsizetype end = at;
        while (end >= 0 && end < m_source.bytes.size() &&
               QByteArrayView("-+0123456789.eE").contains(m_source.bytes[end]))
            ++end;
        const QByteArrayView raw = QByteArrayView(m_source.bytes)
                                       .sliced(std::max<qsizetype>(at, 0), std::max<qsizetype>(end - at, 0));
        if (raw.contains('.') || raw.contains('e') || raw.contains('E')) {
            report(
                path, QStringLiteral("criteria.float-number"),
                tr("\"%1\" is a number with a fraction or an exponent; write it as a string, e.g. \"0.5\" or "
                   "\"85%\", so that it stays exact.")
                    .arg(path.fieldName()));
            return std::nullopt;
        }
    } else if (value.is(Type::String)) {
        if (const std::optional<Rational> parsed = Rational::parse(value.toString()); parsed)
            return parsed;
        report(path, QStringLiteral("criteria.bad-number"),
               tr("\"%1\" is not an exact number: write an integer, a fraction like \"2/3\", a decimal like "
                  "\"12.5\" or a percentage like \"85%\".")
                   .arg(value.toString()));
        return std::nullopt;
    } else {
        report(path, QStringLiteral("criteria.wrong-type"),
               tr("\"%1\" must be a number.").arg(path.fieldName()));
        return std::nullopt;
    }
    report(path, QStringLiteral("criteria.number-too-large"),
           tr("The number in \"%1\" is too large; numbers in criteria files are at most %2 in size.")
               .arg(path.fieldName())
               .arg(kMaxMagnitude));
    return std::nullopt;
}

std::optional<Rational> CriteriaLoaderContext::numberField(const Value& object, const JsonPath& path,
                                                           QStringView key, bool required)
{
    const Value value = field(object, path, key, required);
    if (value.isAbsent())
        return std::nullopt;
    const JsonPath child = path / key;
    return number(value, child);
}

void CriteriaLoaderContext::claimId(const QString& id, const JsonPath& idPath)
{
    if (id.isEmpty())
        return;
    if (m_ids.contains(id)) {
        report(idPath, QStringLiteral("criteria.duplicate-id"),
               tr("The id \"%1\" is already used in this file; every rule and indicator needs its own.")
                   .arg(id));
        return;
    }
    m_ids.insert(id);
}

} // namespace chibo
