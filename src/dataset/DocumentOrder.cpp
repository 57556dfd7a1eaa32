// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DocumentOrder.h"

#include "core/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace chibo {

DocumentOrder::DocumentOrder(const QJsonValue& root, const JsonLocator& locator)
    : m_root(root)
    , m_locator(locator)
{}

qsizetype DocumentOrder::memberOffset(const QStringList& tokens, qsizetype count) const
{
    const QString pointer = JsonPath::join(tokens.first(count));
    const auto cached = m_offsets.constFind(pointer);
    if (cached != m_offsets.cend())
        return *cached;
    qsizetype offset = m_locator.offsetOf(pointer, JsonLocator::Anchor::Name);
    if (offset < 0)
        offset = std::numeric_limits<qsizetype>::max();
    m_offsets.insert(pointer, offset);
    return offset;
}

bool DocumentOrder::precedes(const QString& a, const QString& b) const
{
    if (a == b)
        return false;
    const QStringList ta = JsonPath::tokens(a).value_or(QStringList{});
    const QStringList tb = JsonPath::tokens(b).value_or(QStringList{});
    qsizetype common = 0;
    while (common < ta.size() && common < tb.size() && ta[common] == tb[common])
        ++common;
    if (common == ta.size() || common == tb.size())
        return ta.size() < tb.size();

    QJsonValue container = m_root;
    for (qsizetype i = 0; i < common; ++i)
        container = container.isArray() ? container.toArray().at(ta[i].toLongLong()) : container[ta[i]];
    if (container.isArray()) {
        bool okA = false;
        bool okB = false;
        const qlonglong ia = ta[common].toLongLong(&okA);
        const qlonglong ib = tb[common].toLongLong(&okB);
        if (okA && okB && ia != ib)
            return ia < ib;
    } else {
        const qsizetype oa = memberOffset(ta, common + 1);
        const qsizetype ob = memberOffset(tb, common + 1);
        if (oa != ob)
            return oa < ob;
    }
    return a < b;
}

} // namespace chibo
