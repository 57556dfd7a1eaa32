// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

class Storage;
class Workspace;

/// One break in the audit trail's chain, found by AuditTrail::verify.
struct AuditProblem {
    qint64 sequence = 0; ///< the first entry concerned
    QString message;
};

/// What verifying the audit trail found.
struct AuditVerification {
    qint64 entries = 0; ///< rows read
    QByteArray
        headHash; ///< the last entry's hash: noted down elsewhere, it shows later that no entry was cut off
    QList<AuditProblem> problems;

    bool intact() const { return problems.isEmpty(); }
};

/// The audit trail: every change made through ChiBo, with who, when, and the record before and after.
/// Use cases append to it inside their own transaction, so a change and its entry are stored together or
/// not at all; nothing in ChiBo edits or removes an entry, and the database refuses to.
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    /// Appends `entry` in the caller's transaction with the time now and the session's account (its
    /// person's name on a database without accounts).
    static Status record(Storage& storage, const Session& session, AuditEntry entry);
    /// record() in a transaction of its own, for a change that is not in the database (a criteria file
    /// installed in the user's folder).
    static Status recordAlone(Workspace& workspace, const Session& session, AuditEntry entry);
    /// The newest `limit` entries, newest first; an administrator's or a committee member's to read.
    static Result<QList<AuditEntry>> latest(const Workspace& workspace, const Session& session, int limit);
    /// Every entry, oldest first (for an export), under the same permission.
    static Result<QList<AuditEntry>> all(const Workspace& workspace, const Session& session);
    /// Recomputes the chain over every entry: an entry whose content no longer gives its hash was edited,
    /// one that does not carry the hash of the entry before it follows a removal or an insertion, and a
    /// gap in the numbers is a removal. Reads one entry at a time.
    static Result<AuditVerification> verify(const Workspace& workspace);
};

} // namespace chibo
