// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonPath.h"

namespace chibo {

QString JsonPath::pointer() const
{
    if (!m_parent)
        return {};
    const QString token = m_index >= 0 ? QString::number(m_index) : escape(m_key);
    return m_parent->pointer() + u'/' + token;
}

QString JsonPath::fieldName() const
{
    if (!m_parent)
        return {};
    if (m_index < 0)
        return m_key.toString();
    return m_parent->fieldName() + u'[' + QString::number(m_index) + u']';
}

QString JsonPath::escape(QStringView token)
{
    QString escaped = token.toString();
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

std::optional<QStringList> JsonPath::tokens(QStringView pointer)
{
    QStringList result;
    if (pointer.isEmpty())
        return result;
    if (pointer.front() != u'/')
        return std::nullopt;
    for (QStringView raw : pointer.sliced(1).split(u'/')) {
        QString token;
        token.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != u'~') {
                token.append(raw[i]);
                continue;
            }
            if (i + 1 >= raw.size() || (raw[i + 1] != u'0' && raw[i + 1] != u'1'))
                return std::nullopt;
            token.append(raw[++i] == u'0' ? u'~' : u'/');
        }
        result.append(token);
    }
    return result;
}

QString JsonPath::join(const QStringList& tokens)
{
    QString pointer;
    for (const QString& token : tokens)
        pointer += u'/' + escape(token);
    return pointer;
}

} // namespace chibo
