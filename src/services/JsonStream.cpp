// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/JsonStream.h"

namespace chibo {

void JsonStream::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_bytes += ',';
        m_first.back() = false;
    }
}

void JsonStream::beginObject()
{
    separate();
    m_bytes += '{';
    m_first.push_back(true);
}

void JsonStream::endObject()
{
    m_bytes += '}';
    m_first.pop_back();
}

void JsonStream::beginArray()
{
    separate();
    m_bytes += '[';
    m_first.push_back(true);
}

void JsonStream::endArray()
{
    m_bytes += ']';
    m_first.pop_back();
}

void JsonStream::key(QLatin1StringView name)
{
    separate();
    m_bytes += '"';
    m_bytes += QByteArrayView(name.data(), name.size());
    m_bytes += "\":";
    m_afterKey = true;
}

void JsonStream::string(const QString& text)
{
    static constexpr char hex[] = "0123456789abcdef";
    separate();
    // One pass from UTF-16 to escaped UTF-8 into room reserved for the worst case (6 bytes a unit).
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + 6 * text.size() + 2);
    char* out = m_bytes.data() + start;
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
    m_bytes.resize(out - m_bytes.data());
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
    m_bytes += value ? "true" : "false";
}

void JsonStream::null()
{
    separate();
    m_bytes += "null";
}

} // namespace chibo
