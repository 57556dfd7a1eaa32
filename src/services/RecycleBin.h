// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

namespace chibo {

class Workspace;

/// A removed record kept so that it can be restored: what it was, with everything removed with it.
struct DeletedRecord {
    QUuid id;       ///< the bin entry
    QString kind;   ///< "member", "meeting", "target", "assignment", "discipline", "leave", "dues", "rating"
    QUuid recordId; ///< the removed record's own id (a meeting's, a member's …)
    QUuid orgId;    ///< the organisation it belonged to (a member: their cell when removed)
    QString label;  ///< "Nguyễn Văn An", "Sinh hoạt 14/03/2025 — Chi bộ buôn Ea Kring"
    QDateTime deletedAt;
    QString deletedBy;
};

/// The recycle bin (schema v4, table deleted_records). Entries stay until restored; restoring puts the
/// records back exactly as they were, in one transaction, and removes the entry. Restoring fails, and
/// changes nothing, when a record with the same id exists again or what it refers to is gone
/// ("restore_failed"), when the entry is not in the bin ("not_in_bin"), when the session may not edit the
/// records' organisations ("permission_denied") or when their year is locked ("year_locked"). An entry
/// keeps its records as a dataset fragment (TrashPayload); `deletedAt` is the moment of the removal (an
/// audit stamp from the system clock, not a day the rules read).
class RecycleBin {
    Q_DECLARE_TR_FUNCTIONS(RecycleBin)

public:
    /// Entries of these organisations and those below them, newest first; all entries when empty.
    static Result<QList<DeletedRecord>> list(const Workspace& workspace, const QList<QUuid>& orgIds = {});
    static Status restore(Workspace& workspace, const Session& session, const QUuid& entryId);
};

} // namespace chibo
