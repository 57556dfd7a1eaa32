// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/JsonStream.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace chibo {

QByteArray JsonStream::take()
{
    m_bytes.truncate(m_size);
    m_size = 0;
    return std::exchange(m_bytes, QByteArray());
}

char* JsonStream::reserve(qsizetype count)
{
    if (m_size + count > m_bytes.size())
        m_bytes.resize(std::max({qsizetype(4096), 2 * m_bytes.size(), m_size + count}));
    return m_bytes.data() + m_size;
}

void JsonStream::raw(const char* data, qsizetype count)
{
    std::memcpy(reserve(count), data, size_t(count));
    m_size += count;
}

void JsonStream::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            raw(',');
        m_first.back() = false;
    }
}

void JsonStream::beginObject()
{
    separate();
    raw('{');
    m_first.push_back(true);
}

void JsonStream::endObject()
{
    raw('}');
    m_first.pop_back();
}

void JsonStream::beginArray()
{
    separate();
    raw('[');
    m_first.push_back(true);
}

void JsonStream::endArray()
{
    raw(']');
    m_first.pop_back();
}

void JsonStream::key(QLatin1StringView name)
{
    separate();
    char* out = reserve(name.size() + 3);
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out = ':';
    m_size += name.size() + 3;
    m_afterKey = true;
}

void JsonStream::string(const QString& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    separate();
    // One pass from UTF-16 to escaped UTF-8 into room reserved for the worst case (6 bytes a unit).
    char* const start = reserve(6 * text.size() + 2);
    char* out = start;
    *out++ = '"';
    const auto* in = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = in + text.size();
    while (in < end) {
        const char16_t unit = *in++;
        if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
            *out++ = char(unit);
        } else if (unit < 0x80) {
            *out++ = '\\';
            switch (unit) {
            case u'"': *out++ = '"'; break;
            case u'\\': *out++ = '\\'; break;
            case u'\b': *out++ = 'b'; break;
            case u'\f': *out++ = 'f'; break;
            case u'\n': *out++ = 'n'; break;
            case u'\r': *out++ = 'r'; break;
            case u'\t': *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[unit >> 4];
                *out++ = hex[unit & 0xf];
            }
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && in < end && QChar::isLowSurrogate(*in)) {
            const char32_t point = QChar::surrogateToUcs4(unit, *in++);
            *out++ = char(0xf0 | (point >> 18));
            *out++ = char(0x80 | ((point >> 12) & 0x3f));
            *out++ = char(0x80 | ((point >> 6) & 0x3f));
            *out++ = char(0x80 | (point & 0x3f));
        } else {
            // A lone surrogate becomes U+FFFD, as QString::toUtf8 makes it.
            const char16_t point = QChar::isSurrogate(unit) ? char16_t(0xfffd) : unit;
            *out++ = char(0xe0 | (point >> 12));
            *out++ = char(0x80 | ((point >> 6) & 0x3f));
            *out++ = char(0x80 | (point & 0x3f));
        }
    }
    *out++ = '"';
    m_size += out - start;
}

void JsonStream::stringOrNull(const QString& text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonStream::boolean(bool value)
{
    separate();
    if (value)
        raw("true", 4);
    else
        raw("false", 5);
}

void JsonStream::null()
{
    separate();
    raw("null", 4);
}

} // namespace chibo
