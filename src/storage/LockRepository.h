// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/YearLockEntry.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// The locks of a year's classification (table locked_years, schema v4): an insert-only history in
/// which at most one lock per organisation and year is current. Writes join the caller's transaction.
class LockRepository {
public:
    virtual ~LockRepository() = default;

    /// Records a current lock. "storage.constraint" when the organisation and year are locked already,
    /// "storage.missing-reference" when the organisation is not stored, "storage.invalid" when the year,
    /// the time or the author is missing.
    virtual Status lock(const YearLockEntry& entry) = 0;
    /// Ends the current lock of `orgId` and `year`, keeping it with who ended it, when and why;
    /// "storage.not-found" when there is no current lock, "storage.invalid" without a reason or author.
    virtual Status unlock(const QUuid& orgId, int year, const QDateTime& at, const QString& by,
                          const QString& reason) = 0;
    /// The current locks of the organisations `orgIds` (every organisation when empty) for `year` (every
    /// year when 0), ordered by year, then organisation id. One query whatever the number of organisations.
    virtual Result<QList<YearLockEntry>> current(const QList<QUuid>& orgIds, int year) const = 0;
    /// Every lock `orgId` ever had, current or ended, oldest first.
    virtual Result<QList<YearLockEntry>> history(const QUuid& orgId) const = 0;
};

} // namespace chibo
