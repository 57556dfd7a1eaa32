// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OrgSnapshot.h"

#include "services/Workspace.h"

#include <QSet>

namespace chibo {

OrgSnapshot::OrgSnapshot(QList<Organisation> list)
    : m_list(std::move(list))
    , m_tree(m_list)
{}

Result<std::unique_ptr<OrgSnapshot>> OrgSnapshot::read(const Workspace& workspace)
{
    auto all = workspace.storage().organisations().all();
    if (!all)
        return all.error();
    return std::unique_ptr<OrgSnapshot>(new OrgSnapshot(std::move(all).value()));
}

Result<const Organisation*> OrgSnapshot::require(const QUuid& id) const
{
    if (const Organisation* org = find(id))
        return org;
    return Error{QStringLiteral("unknown_organisation"),
                 tr("There is no organisation %1 in the database.").arg(id.toString(QUuid::WithoutBraces)),
                 {}};
}

QString OrgSnapshot::nameOf(const QUuid& id) const
{
    const Organisation* org = m_tree.find(id);
    return org ? org->name : id.toString(QUuid::WithoutBraces);
}

QList<QUuid> OrgSnapshot::subtreesOf(const QList<QUuid>& ids) const
{
    QList<QUuid> result;
    QSet<QUuid> seen;
    for (const QUuid& id : ids) {
        for (const Organisation* org : m_tree.subtree(id)) {
            if (!seen.contains(org->id)) {
                seen.insert(org->id);
                result.append(org->id);
            }
        }
    }
    return result;
}

} // namespace chibo
