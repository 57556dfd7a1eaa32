// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"

#include <QList>

#include <functional>

namespace chibo {

/// The audit trail (table audit_log, schema v6): append-only. The back end refuses an UPDATE or DELETE
/// of its rows; the hash chain (AuditChain) shows what was changed behind the program's back.
class AuditRepository {
public:
    virtual ~AuditRepository() = default;

    /// Appends `entry` inside the caller's transaction: numbers it after the last entry, chains it to
    /// that entry's hash and computes its own. Returns the entry as stored. "storage.invalid" without a
    /// time, user, action or subject kind.
    virtual Result<AuditEntry> append(AuditEntry entry) = 0;
    /// The newest `limit` entries, newest first.
    virtual Result<QList<AuditEntry>> latest(int limit) const = 0;
    /// Every entry in the order of their numbers, one at a time (a province's trail is not held in
    /// memory); stops at the first failure `onEntry` returns.
    virtual Status each(const std::function<Status(const AuditEntry&)>& onEntry) const = 0;
};

} // namespace chibo
