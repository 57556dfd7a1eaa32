// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Permissions.h"

#include "core/Labels.h"
#include "core/OrgTree.h"

namespace chibo {

namespace {

Error denied(const QString& message)
{
    return Error{QStringLiteral("permission_denied"), message, {}};
}

QString nameOf(const OrgTree& tree, const QUuid& orgId)
{
    const Organisation* org = tree.find(orgId);
    return org ? org->name : orgId.toString(QUuid::WithoutBraces);
}

bool ownsOrganisation(const Session& session, const OrgTree& tree, const QUuid& orgId)
{
    for (const QUuid& own : session.ownOrgIds) {
        if (tree.isInSubtree(orgId, own))
            return true;
    }
    return false;
}

} // namespace

Status Permissions::mayEditRecords(const Session& session, const OrgTree& tree, const QUuid& orgId)
{
    if (session.role == Role::Admin)
        return {};
    if (session.role == Role::Secretary && ownsOrganisation(session, tree, orgId))
        return {};
    return denied(tr("A session as %1 cannot change the records of %2.")
                      .arg(Labels::of(session.role).toLower(), nameOf(tree, orgId)));
}

Status Permissions::mayDecide(const Session& session, const OrgTree& tree, const QUuid& orgId)
{
    if (session.role == Role::Admin || session.role == Role::CommitteeMember)
        return {};
    return denied(tr("A session as %1 cannot record classification decisions for %2.")
                      .arg(Labels::of(session.role).toLower(), nameOf(tree, orgId)));
}

Status Permissions::mayIssueDocuments(const Session& session, const OrgTree& tree, const QUuid& orgId)
{
    if (session.role == Role::Admin || session.role == Role::CommitteeMember)
        return {};
    if (session.role == Role::Secretary && ownsOrganisation(session, tree, orgId))
        return {};
    return denied(tr("A session as %1 cannot number documents in the register of %2.")
                      .arg(Labels::of(session.role).toLower(), nameOf(tree, orgId)));
}

Status Permissions::mayAdminister(const Session& session)
{
    if (session.role == Role::Admin)
        return {};
    return denied(tr("Only an administrator can change organisations and criteria files; this session "
                     "is a %1's.")
                      .arg(Labels::of(session.role).toLower()));
}

bool Permissions::isReadOnly(const Session& session)
{
    return session.role == Role::Viewer;
}

Status Permissions::mayReadAudit(const Session& session)
{
    if (session.role == Role::Admin || session.role == Role::CommitteeMember)
        return {};
    return denied(tr("A session as %1 cannot read the audit trail.").arg(Labels::of(session.role).toLower()));
}

} // namespace chibo
