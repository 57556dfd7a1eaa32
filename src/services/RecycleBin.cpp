// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RecycleBin.h"

#include "services/AuditRecords.h"
#include "services/ChangeYears.h"
#include "services/EditContext.h"
#include "services/MemberCells.h"
#include "services/OrgSnapshot.h"
#include "services/TrashPayload.h"
#include "services/Workspace.h"

namespace chibo {

namespace {

DeletedRecord shown(const TrashEntry& entry)
{
    return DeletedRecord{entry.id,    entry.kind,      entry.recordId, entry.orgId,
                         entry.label, entry.deletedAt, entry.deletedBy};
}

/// The organisations whose records a bin entry holds: the one it is listed under, the cells of its
/// members and the organisations of its meetings and targets.
QList<QUuid> organisationsOf(const TrashEntry& entry, const Dataset& fragment)
{
    QList<QUuid> ids{entry.orgId};
    const auto add = [&](const QUuid& id) {
        if (!id.isNull() && !ids.contains(id))
            ids.append(id);
    };
    for (const Member& member : fragment.members) {
        for (const QUuid& cell : MemberCells::current(member))
            add(cell);
    }
    for (const Meeting& meeting : fragment.meetings)
        add(meeting.orgId);
    for (const Target& target : fragment.targets)
        add(target.orgId);
    return ids;
}

} // namespace

Result<QList<DeletedRecord>> RecycleBin::list(const Workspace& workspace, const QList<QUuid>& orgIds)
{
    QList<QUuid> scope;
    if (!orgIds.isEmpty()) {
        const auto organisations = OrgSnapshot::read(workspace);
        if (!organisations)
            return organisations.error();
        scope = (*organisations)->subtreesOf(orgIds);
        if (scope.isEmpty())
            return QList<DeletedRecord>();
    }
    const auto entries = workspace.storage().trash().entries(scope);
    if (!entries)
        return entries.error();
    QList<DeletedRecord> records;
    records.reserve(entries->size());
    for (const TrashEntry& entry : *entries)
        records.append(shown(entry));
    return records;
}

Status RecycleBin::restore(Workspace& workspace, const Session& session, const QUuid& entryId)
{
    EditContext context(workspace, session);
    if (Status opened = context.open(); !opened)
        return opened;
    const auto found = workspace.storage().trash().find(entryId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("not_in_bin"),
                     tr("There is no entry %1 in the recycle bin; it may have been restored already.")
                         .arg(entryId.toString(QUuid::WithoutBraces)),
                     {}};
    const TrashEntry& entry = **found;
    const auto fragment = TrashPayload::read(entry.payload, entry.id);
    if (!fragment)
        return fragment.error();
    const QList<QUuid> orgIds = organisationsOf(entry, *fragment);
    if (Status allowed = context.mayEdit(orgIds, entry.label); !allowed)
        return allowed;
    if (Status open = context.notLocked(orgIds, ChangeYears::of(*fragment), entry.label); !open)
        return open;
    if (Status inserted = workspace.storage().insertDataset(*fragment); !inserted)
        return Error{QStringLiteral("restore_failed"),
                     tr("%1 cannot be restored: %2").arg(entry.label, inserted.error().message),
                     inserted.error().location};
    if (Status taken = workspace.storage().trash().remove(entry.id); !taken)
        return taken;
    const AuditEntry audited = AuditRecords::act(QStringLiteral("restore"), entry.kind, entry.recordId,
                                                 entry.orgId, entry.label, {}, entry.payload.toUtf8());
    if (Status recorded = context.audit(audited); !recorded)
        return recorded;
    return context.commit();
}

} // namespace chibo
