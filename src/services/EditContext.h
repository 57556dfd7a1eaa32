// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"
#include "core/Dataset.h"
#include "core/Result.h"
#include "core/Session.h"
#include "services/OrgSnapshot.h"
#include "services/YearLock.h"
#include "services/YearSpan.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <memory>
#include <optional>

namespace chibo {

class Storage;
class Workspace;

/// One saved edit or restore, from its transaction's start to its commit: the organisations read once,
/// and the checks every write makes — the session's permission, the year locks — and the recycle bin.
/// Nothing is written unless commit() is reached; a refusal returns early and the destructor rolls back.
/// The locks are read once per set of organisations too: no use case locks or unlocks a year inside an
/// EditContext (YearLock has transactions of its own), so they cannot change while it is open.
class EditContext {
    Q_DECLARE_TR_FUNCTIONS(EditContext)

public:
    EditContext(Workspace& workspace, const Session& session);

    /// Begins the transaction and reads the organisations; call first.
    Status open();
    Status commit();

    Storage& storage() const;
    const Session& session() const { return m_session; }
    const OrgSnapshot& organisations() const { return *m_organisations; }

    /// Permissions::mayEditRecords for every one of `orgIds`. A record that belongs to no organisation
    /// (a member registered nowhere) is an administrator's to change.
    Status mayEdit(const QList<QUuid>& orgIds, const QString& label) const;
    /// Refused ("year_locked") when `orgIds` or an organisation above them has a current lock of a year
    /// in `years`; the message names the record by `label`.
    Status notLocked(const QList<QUuid>& orgIds, const QList<YearSpan>& years, const QString& label) const;
    /// Puts what a removal took away into the recycle bin; returns the entry's id.
    Result<QUuid> toBin(const QString& kind, const QUuid& recordId, const QUuid& orgId, const QString& label,
                        const Dataset& fragment) const;
    /// Appends `entry` to the audit trail in this transaction, as this session (AuditTrail::record).
    Status audit(AuditEntry entry) const;
    /// The stored member a record hangs off; "changed_elsewhere" when it is gone.
    Result<Member> member(const QUuid& id, const QString& label) const;

    /// "changed_elsewhere": what is stored is not the `before` the edit started from.
    static Error changedElsewhere(const QString& label);
    /// "invalid_change": a change that no record could have made (no version, ids that differ …).
    static Error invalidChange(const QString& reason);

private:
    Workspace& m_workspace;
    const Session& m_session;
    std::optional<Transaction> m_transaction;
    std::unique_ptr<OrgSnapshot> m_organisations;
    /// YearLock::locksCovering by the organisations asked about, read on the first question.
    mutable QHash<QList<QUuid>, QList<LockedYear>> m_locks;
};

} // namespace chibo
