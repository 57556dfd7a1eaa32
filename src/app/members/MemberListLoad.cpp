// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MemberListLoad.h"

#include "app/JobRunner.h"
#include "core/CharterChecks.h"
#include "core/OrgTree.h"
#include "services/Workspace.h"

namespace chibo {

Result<MemberListLoad> MemberListLoad::read(const Workspace& workspace, const Request& request,
                                            const Progress& progress)
{
    const OrgTree tree(request.organisations);
    const QList<const Organisation*> subtree = tree.subtree(request.orgId);
    QList<QUuid> ids;
    ids.reserve(subtree.size());
    for (const Organisation* org : subtree)
        ids.append(org->id);
    // What a list shows and derives only: a province's members in a fraction of the time and memory.
    auto members = workspace.storage().members().listedIn(ids);
    if (!members)
        return members.error();
    if (progress.cancelled())
        return JobRunner::cancelledError();
    MemberListLoad load;
    // The Charter counts from the histories, which the table's content does not keep: first.
    const CharterChecks checks(tree, *members, request.day);
    for (const Organisation* org : subtree)
        load.findings.append(checks.check(*org));
    if (progress.cancelled())
        return JobRunner::cancelledError();
    QHash<QUuid, QString> names;
    names.reserve(request.organisations.size());
    for (const Organisation& org : request.organisations)
        names.insert(org.id, org.name);
    load.table = MemberTableContent::build(std::move(members).value(), names, request.day);
    return load;
}

Result<MemberListLoad> MemberListLoad::readFile(const QString& path, const Request& request,
                                                const Progress& progress)
{
    auto workspace = Workspace::open(path, Database::Mode::ReadOnly);
    if (!workspace)
        return workspace.error();
    return read(**workspace, request, progress);
}

} // namespace chibo
