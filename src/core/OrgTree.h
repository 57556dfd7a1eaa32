// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace chibo {

/// An index over a list of organisations: parents, children, subtrees, the grassroots unit above a
/// cell. Built once, O(1) look-ups; the list it was built from must outlive it.
class OrgTree {
public:
    explicit OrgTree(const QList<Organisation>& organisations);

    const Organisation* find(const QUuid& id) const;
    QList<const Organisation*> children(const QUuid& id) const;
    QList<const Organisation*> roots() const;
    /// `id` and everything below it, parents before children, siblings in list order.
    QList<const Organisation*> subtree(const QUuid& id) const;
    /// The nearest grassroots organisation at or above `id` (the unit the HTXS quota counts in).
    const Organisation* grassrootsOf(const QUuid& id) const;
    bool isInSubtree(const QUuid& id, const QUuid& rootId) const;
    /// The organisations above `id`, nearest first; stops at a missing parent or a cycle.
    QList<const Organisation*> ancestors(const QUuid& id) const;
    /// `id` itself followed by its ancestors; empty when `id` is unknown. Where a member counts.
    QList<const Organisation*> lineage(const QUuid& id) const;
    /// How many organisations are above `id`.
    int depthOf(const QUuid& id) const { return int(ancestors(id).size()); }
    /// Organisations whose parent is missing from the list, or that are their own ancestors.
    QList<QUuid> brokenParents() const;

private:
    const QList<Organisation>& m_organisations;
    QHash<QUuid, qsizetype> m_indexById;
    QHash<QUuid, QList<qsizetype>> m_childrenById;
};

} // namespace chibo
