// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CollationRanks.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace chibo {

std::vector<int> CollationRanks::of(const QList<QString>& texts)
{
    QHash<QString, int> distinctIndex;
    std::vector<int> distinctOf(std::size_t(texts.size()));
    QList<QString> distinct;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto found = distinctIndex.constFind(texts[i]);
        if (found == distinctIndex.cend()) {
            found = distinctIndex.insert(texts[i], int(distinct.size()));
            distinct.append(texts[i]);
        }
        distinctOf[std::size_t(i)] = *found;
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(distinct.size()));
    for (const QString& text : std::as_const(distinct))
        keys.push_back(collator.sortKey(text));
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<int> rankOfDistinct(keys.size());
    int rank = -1;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || keys[order[i - 1]].compare(keys[order[i]]) != 0)
            ++rank;
        rankOfDistinct[order[i]] = rank;
    }
    std::vector<int> ranks(distinctOf.size());
    for (std::size_t i = 0; i < distinctOf.size(); ++i)
        ranks[i] = rankOfDistinct[distinctOf[i]];
    return ranks;
}

} // namespace chibo
