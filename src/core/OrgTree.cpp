// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/OrgTree.h"

#include <QSet>

namespace chibo {

OrgTree::OrgTree(const QList<Organisation>& organisations)
    : m_organisations(organisations)
{
    m_indexById.reserve(organisations.size());
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        m_indexById.insert(organisations[i].id, i);
        m_childrenById[organisations[i].parentId].append(i);
    }
}

const Organisation* OrgTree::find(const QUuid& id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_organisations[*it];
}

QList<const Organisation*> OrgTree::children(const QUuid& id) const
{
    QList<const Organisation*> result;
    for (qsizetype index : m_childrenById.value(id))
        result.append(&m_organisations[index]);
    return result;
}

QList<const Organisation*> OrgTree::roots() const
{
    QList<const Organisation*> result;
    for (const Organisation& org : m_organisations) {
        if (org.parentId.isNull() || !m_indexById.contains(org.parentId))
            result.append(&org);
    }
    return result;
}

QList<const Organisation*> OrgTree::subtree(const QUuid& id) const
{
    QList<const Organisation*> result;
    const Organisation* root = find(id);
    if (!root)
        return result;
    QSet<QUuid> seen;
    QList<const Organisation*> stack{root};
    while (!stack.isEmpty()) {
        const Organisation* org = stack.takeLast();
        if (seen.contains(org->id))
            continue;
        seen.insert(org->id);
        result.append(org);
        const QList<const Organisation*> kids = children(org->id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return result;
}

const Organisation* OrgTree::grassrootsOf(const QUuid& id) const
{
    QSet<QUuid> seen;
    for (const Organisation* org = find(id); org && !seen.contains(org->id); org = find(org->parentId)) {
        seen.insert(org->id);
        if (org->isGrassroots())
            return org;
    }
    return nullptr;
}

bool OrgTree::isInSubtree(const QUuid& id, const QUuid& rootId) const
{
    QSet<QUuid> seen;
    for (const Organisation* org = find(id); org && !seen.contains(org->id); org = find(org->parentId)) {
        if (org->id == rootId)
            return true;
        seen.insert(org->id);
    }
    return false;
}

QList<const Organisation*> OrgTree::ancestors(const QUuid& id) const
{
    QList<const Organisation*> result;
    const Organisation* org = find(id);
    QSet<QUuid> seen{id};
    for (const Organisation* up = org ? find(org->parentId) : nullptr; up && !seen.contains(up->id);
         up = find(up->parentId)) {
        seen.insert(up->id);
        result.append(up);
    }
    return result;
}

QList<const Organisation*> OrgTree::lineage(const QUuid& id) const
{
    const Organisation* org = find(id);
    if (!org)
        return {};
    QList<const Organisation*> result = ancestors(id);
    result.prepend(org);
    return result;
}

QList<QUuid> OrgTree::brokenParents() const
{
    QList<QUuid> broken;
    for (const Organisation& org : m_organisations) {
        if (!org.parentId.isNull() && !m_indexById.contains(org.parentId)) {
            broken.append(org.id);
            continue;
        }
        QSet<QUuid> seen{org.id};
        for (const Organisation* up = find(org.parentId); up; up = find(up->parentId)) {
            if (seen.contains(up->id)) {
                broken.append(org.id);
                break;
            }
            seen.insert(up->id);
        }
    }
    return broken;
}

} // namespace chibo
