// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chibo {

/// One lock of a year's classification as stored. A current lock has no `unlockedAt`; an unlock keeps the
/// row and fills in who unlocked it, when and why, so the history of a year's locks is never lost.
struct YearLockEntry {
    QUuid orgId;
    int year = 0;
    QDateTime lockedAt; ///< UTC; stored with milliseconds
    QString lockedBy;
    QDateTime unlockedAt; ///< invalid while the lock holds
    QString unlockedBy;
    QString unlockReason;

    bool isCurrent() const { return !unlockedAt.isValid(); }
    bool operator==(const YearLockEntry&) const = default;
};

} // namespace chibo
