// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace chibo {

/// The match keys of the names a set of values is known by (a sheet's column headers, status events):
/// each value's label in the current language first, then its other known names, all folded once. Folding
/// (NFD, case folding) is the costly part of matching a name, and a sheet matches one per cell; the keys are
/// folded again only when the labels change, i.e. when the language does. One per thread (a `thread_local`
/// at the user), since imports are previewed on worker threads too.
template <typename T>
class FoldedKeys {
public:
    /// Rebuilds the keys when `labels` (one per value of `values`, in order) differ from the last ones.
    /// `fold` makes a key; `known(value)` lists a value's other names.
    template <typename Fold, typename Known>
    void refresh(const QList<T>& values, const QStringList& labels, Fold fold, Known known)
    {
        if (labels == m_labels && !m_keys.isEmpty())
            return;
        m_labels = labels;
        m_keys.clear();
        for (qsizetype i = 0; i < values.size(); ++i)
            m_keys.append({fold(labels.at(i)), values.at(i)});
        for (const T& value : values) {
            for (const QString& name : known(value))
                m_keys.append({fold(name), value});
        }
    }

    /// The value whose key is `key`, a label before a known name; nothing when none is.
    std::optional<T> find(const QString& key) const
    {
        for (const auto& [known, value] : m_keys) {
            if (known == key)
                return value;
        }
        return std::nullopt;
    }

private:
    QStringList m_labels;
    QList<std::pair<QString, T>> m_keys;
};

} // namespace chibo
