// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QHash>
#include <QString>
#include <QUuid>

namespace chibo {

/// Display names of the subjects in a snapshot: organisations, members and meetings ("14/03/2025 —
/// Chi bộ buôn Ea Kring"). Built once; the window, the CLI and reports show the same names.
class SubjectNames {
public:
    explicit SubjectNames(const Dataset& dataset);

    /// The name of `id`, or its uuid when the snapshot does not have it.
    QString of(const QUuid& id) const;
    /// The given name members sort by (vi collation is the caller's), "" for other subjects.
    QString sortKeyOf(const QUuid& id) const { return m_sortKeys.value(id); }

private:
    QHash<QUuid, QString> m_names;
    QHash<QUuid, QString> m_sortKeys;
};

} // namespace chibo
