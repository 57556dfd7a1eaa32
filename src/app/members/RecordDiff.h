// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Change.h"

#include <QHash>
#include <QList>

namespace chibo {

/// The edits that turn one list of records into another, records matched by a key (an id; a month for
/// dues): a record only in `before` is removed, one only in `after` created, one in both and different
/// updated. Removals come first, then the rest in `after`'s order. O(n) with a hash of the keys.
class RecordDiff {
public:
    template <typename T, typename KeyOf>
    static QList<Change<T>> between(const QList<T>& before, const QList<T>& after, KeyOf keyOf)
    {
        using Key = decltype(keyOf(std::declval<const T&>()));
        QHash<Key, qsizetype> afterByKey;
        afterByKey.reserve(after.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            afterByKey.insert(keyOf(after[i]), i);
        QHash<Key, qsizetype> beforeByKey;
        beforeByKey.reserve(before.size());
        QList<Change<T>> changes;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const Key key = keyOf(before[i]);
            beforeByKey.insert(key, i);
            if (!afterByKey.contains(key))
                changes.append({before[i], std::nullopt});
        }
        for (const T& record : after) {
            const auto found = beforeByKey.constFind(keyOf(record));
            if (found == beforeByKey.cend())
                changes.append({std::nullopt, record});
            else if (!(before[*found] == record))
                changes.append({before[*found], record});
        }
        return changes;
    }
};

} // namespace chibo
