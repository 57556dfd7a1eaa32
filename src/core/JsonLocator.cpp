// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonLocator.h"

#include "core/JsonPath.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace chibo {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == ',' || c == '}' || c == ']' || c == ':';
}

/// An array index token: digits only, no leading zero (RFC 6901); -1 otherwise.
qsizetype indexOf(QStringView token)
{
    if (token.isEmpty() || token.size() > 18 || (token.size() > 1 && token.front() == u'0'))
        return -1;
    qsizetype index = 0;
    for (QChar c : token) {
        if (c < u'0' || c > u'9')
            return -1;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char16_t unescaped(char c)
{
    switch (c) {
    case 'b': return u'\b';
    case 'f': return u'\f';
    case 'n': return u'\n';
    case 'r': return u'\r';
    case 't': return u'\t';
    default: return char16_t(static_cast<unsigned char>(c)); // '"', '\\', '/' and Qt's lenient "\q"
    }
}

} // namespace

JsonLocator::JsonLocator(QByteArrayView json)
    : m_json(json)
{}

qsizetype JsonLocator::bomLength(QByteArrayView utf8)
{
    return utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

JsonLocator::Position JsonLocator::positionIn(QByteArrayView utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    Position position;
    qsizetype lineStart = bomLength(utf8);
    for (qsizetype i = 0; i < offset; ++i) {
        if (utf8[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) // not a continuation byte
            ++position.column;
    }
    return position;
}

qsizetype JsonLocator::skipSpace(qsizetype pos) const
{
    while (pos < m_json.size() && isSpace(m_json[pos]))
        ++pos;
    return pos;
}

qsizetype JsonLocator::skipString(qsizetype pos) const
{
    for (++pos; pos < m_json.size(); ++pos) {
        if (m_json[pos] == '\\')
            ++pos;
        else if (m_json[pos] == '"')
            return pos + 1;
    }
    return m_json.size();
}

qsizetype JsonLocator::skipValue(qsizetype pos) const
{
    const char first = at(pos);
    if (first == '"')
        return skipString(pos);
    if (first != '{' && first != '[') {
        while (pos < m_json.size() && !isDelimiter(m_json[pos]))
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < m_json.size()) {
        const char c = m_json[pos];
        if (c == '"') {
            pos = skipString(pos);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return pos + 1;
        ++pos;
    }
    return pos;
}

QString JsonLocator::decode(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    QString text;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\')
            continue;
        text += QString::fromUtf8(raw.sliced(runStart, i - runStart));
        const char kind = i + 1 < raw.size() ? raw[i + 1] : '\\';
        if (kind == 'u' && i + 5 < raw.size()) {
            char16_t unit = 0;
            for (qsizetype k = i + 2; k < i + 6; ++k)
                unit = char16_t(unit * 16 + std::max(0, hexValue(raw[k])));
            text += QChar(unit);
            i += 5;
        } else {
            text += QChar(unescaped(kind));
            i += 1;
        }
        runStart = i + 1;
    }
    text += QString::fromUtf8(raw.sliced(runStart));
    return text;
}

qsizetype JsonLocator::findMember(qsizetype objectStart, const QString& name, qsizetype* nameOffset) const
{
    qsizetype pos = skipSpace(objectStart + 1);
    while (at(pos) == '"') {
        const qsizetype nameEnd = skipString(pos);
        const bool match = decode(m_json.sliced(pos + 1, nameEnd - pos - 2)) == name;
        const qsizetype valueStart = skipSpace(skipSpace(nameEnd) + 1); // past the ':'
        if (match) {
            *nameOffset = pos;
            return valueStart;
        }
        pos = skipSpace(skipValue(valueStart));
        if (at(pos) == ',')
            pos = skipSpace(pos + 1);
    }
    return -1;
}

qsizetype JsonLocator::findItem(qsizetype arrayStart, QStringView token) const
{
    const qsizetype index = indexOf(token);
    if (index < 0)
        return -1;
    qsizetype pos = skipSpace(arrayStart + 1);
    if (at(pos) == ']')
        return -1;
    for (qsizetype i = 0; i < index; ++i) {
        pos = skipSpace(skipValue(pos));
        if (at(pos) != ',')
            return -1;
        pos = skipSpace(pos + 1);
    }
    return pos;
}

qsizetype JsonLocator::offsetOf(QStringView pointer, Anchor anchor) const
{
    const std::optional<QStringList> tokens = JsonPath::tokens(pointer);
    if (!tokens)
        return -1;
    qsizetype pos = skipSpace(bomLength(m_json));
    qsizetype nameOffset = -1;
    for (const QString& token : *tokens) {
        const char container = at(pos);
        nameOffset = -1;
        if (container == '{')
            pos = findMember(pos, token, &nameOffset);
        else if (container == '[')
            pos = findItem(pos, token);
        else
            return -1;
        if (pos < 0)
            return -1;
    }
    return anchor == Anchor::Name && nameOffset >= 0 ? nameOffset : pos;
}

std::optional<JsonLocator::Position> JsonLocator::locate(QStringView pointer, Anchor anchor) const
{
    const qsizetype offset = offsetOf(pointer, anchor);
    if (offset < 0)
        return std::nullopt;
    return positionOf(offset);
}

std::optional<JsonLocator::DuplicateName> JsonLocator::firstDuplicateName() const
{
    std::optional<DuplicateName> found;
    QList<Step> path;
    qsizetype pos = skipSpace(bomLength(m_json));
    scanForDuplicates(pos, path, found);
    return found;
}

void JsonLocator::scanForDuplicates(qsizetype& pos, QList<Step>& path,
                                    std::optional<DuplicateName>& found) const
{
    const char first = at(pos);
    if (first == '{') {
        scanObjectForDuplicates(pos, path, found);
        return;
    }
    if (first != '[') {
        pos = skipValue(pos);
        return;
    }
    pos = skipSpace(pos + 1);
    for (qsizetype index = 0; !found && pos < m_json.size() && at(pos) != ']'; ++index) {
        path.append({{}, index});
        scanForDuplicates(pos, path, found);
        path.removeLast();
        pos = skipSpace(pos);
        if (at(pos) == ',')
            pos = skipSpace(pos + 1);
    }
    ++pos;
}

void JsonLocator::scanObjectForDuplicates(qsizetype& pos, QList<Step>& path,
                                          std::optional<DuplicateName>& found) const
{
    // Names as written; two differ unless equal as written or, when escapes are involved, decoded.
    QVarLengthArray<QByteArrayView, 24> names;
    QSet<QString> manyNames; // used instead once an object has many members
    pos = skipSpace(pos + 1);
    while (!found && at(pos) == '"') {
        const qsizetype nameEnd = skipString(pos);
        const QByteArrayView raw = m_json.sliced(pos + 1, nameEnd - pos - 2);
        bool repeated = false;
        if (names.size() < 24) {
            for (QByteArrayView seen : names)
                repeated = repeated || seen == raw ||
                           ((seen.contains('\\') || raw.contains('\\')) && decode(seen) == decode(raw));
            names.append(raw);
            if (names.size() == 24)
                for (QByteArrayView seen : names)
                    manyNames.insert(decode(seen));
        } else {
            repeated = manyNames.contains(decode(raw));
            manyNames.insert(decode(raw));
        }
        path.append({raw, -1});
        if (repeated) {
            found = DuplicateName{pointerOf(path), pos};
            return;
        }
        pos = skipSpace(skipSpace(nameEnd) + 1);
        scanForDuplicates(pos, path, found);
        path.removeLast();
        pos = skipSpace(pos);
        if (at(pos) == ',')
            pos = skipSpace(pos + 1);
    }
    ++pos;
}

QString JsonLocator::pointerOf(const QList<Step>& path) const
{
    QStringList tokens;
    for (const Step& step : path)
        tokens.append(step.index >= 0 ? QString::number(step.index) : decode(step.rawName));
    return JsonPath::join(tokens);
}

} // namespace chibo
