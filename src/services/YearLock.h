// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace chibo {

class OrgTree;
class Workspace;

/// A year's classification closed for an organisation and everything below it.
struct LockedYear {
    QUuid orgId;
    int year = 0;
    QDateTime lockedAt;
    QString lockedBy;

    bool operator==(const LockedYear&) const = default;
};

/// Locking a year's classification (schema v4, table locked_years): once locked, the year's proposals
/// are no longer replaced, no decision is recorded, and the records dated in that year of those
/// organisations are not changed. Unlocking is an administrator's act with a reason, and is kept.
class YearLock {
    Q_DECLARE_TR_FUNCTIONS(YearLock)

public:
    /// Locks `year` for `orgId` (Permissions::mayDecide), recorded as the session's user at the moment of
    /// the call. Refused ("already_locked") when the year is locked for it or an organisation above it.
    static Status lock(Workspace& workspace, const Session& session, const QUuid& orgId, int year);
    /// As above, recorded at `at` (the CLI and tests give the time).
    static Status lock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                       const QDateTime& at);
    /// Ends the organisation's own lock of `year` (Permissions::mayAdminister), with a reason that is kept
    /// with the lock. Refused ("not_locked") when the organisation has no lock of its own for the year.
    static Status unlock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                         const QString& reason);
    static Status unlock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                         const QString& reason, const QDateTime& at);
    /// The lock covering `orgId` in `year`: its own or one of an organisation above it (the nearest).
    static Result<std::optional<LockedYear>> lockOf(const Workspace& workspace, const QUuid& orgId, int year);
    /// The current locks, of every year, of `orgIds` and of the organisations above them, nearest first
    /// for each organisation. One query after the tree, whatever the number of organisations.
    static Result<QList<LockedYear>> locksCovering(const Workspace& workspace, const OrgTree& tree,
                                                   const QList<QUuid>& orgIds);
};

} // namespace chibo
