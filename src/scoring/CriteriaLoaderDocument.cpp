// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderDocument.h"

#include <nlohmann/json.hpp>

namespace chibo {

namespace {

/// Offset of the first bracket nested deeper than `maxDepth`, outside strings; -1 when none.
qsizetype tooDeepAt(QByteArrayView bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

/// The part of nlohmann's message after its "[json.exception.parse_error.101] parse error at …:" prefix.
QString shortDetail(const char* what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    return colon < 0 ? text : text.mid(colon + 2);
}

} // namespace

struct CriteriaLoaderDocument::Data {
    nlohmann::json root;
};

CriteriaLoaderDocument::CriteriaLoaderDocument(QByteArrayView bytes)
    : d(std::make_unique<Data>())
{
    if (const qsizetype deep = tooDeepAt(bytes, kMaxDepth); deep >= 0) {
        m_status = Status::TooDeep;
        m_errorOffset = deep;
        return;
    }
    // Exceptions stay inside this function: nlohmann reports the failing byte only through one.
    try {
        d->root = nlohmann::json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::parse_error& error) {
        m_status = Status::Syntax;
        m_errorOffset = error.byte == 0 ? 0 : qsizetype(error.byte) - 1;
        m_errorDetail = shortDetail(error.what());
    } catch (const nlohmann::json::exception& error) {
        m_status = Status::Syntax;
        m_errorOffset = 0;
        m_errorDetail = shortDetail(error.what());
    }
}

CriteriaLoaderDocument::~CriteriaLoaderDocument() = default;

CriteriaLoaderValue CriteriaLoaderDocument::root() const
{
    return m_status == Status::Ok ? CriteriaLoaderValue::fromJson(&d->root) : CriteriaLoaderValue();
}

} // namespace chibo
