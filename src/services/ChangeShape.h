// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Change.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// Questions about the two versions of a Change that every kind of record asks.
class ChangeShape {
public:
    /// The version a change identifies its record by: `before` when there is one, else `after`.
    template <typename T>
    static const T& key(const Change<T>& change)
    {
        return change.before ? *change.before : *change.after;
    }

    /// Whether both versions (where present) are of one record with a real id.
    template <typename T>
    static bool keepsId(const Change<T>& change)
    {
        const T& any = key(change);
        return !any.id.isNull() && (!change.before || !change.after || change.before->id == change.after->id);
    }

    /// `idOf` of both versions, each once, null ids left out (an organisation and the one it moves to …).
    template <typename T, typename IdOf>
    static QList<QUuid> idsOf(const Change<T>& change, IdOf idOf)
    {
        QList<QUuid> ids;
        for (const std::optional<T>* version : {&change.before, &change.after}) {
            if (*version && !idOf(**version).isNull() && !ids.contains(idOf(**version)))
                ids.append(idOf(**version));
        }
        return ids;
    }
};

} // namespace chibo
