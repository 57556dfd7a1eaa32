// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QDate>
#include <QUuid>

namespace chibo {

/// What the engine evaluates: a snapshot of records and the period. Services assemble it from storage
/// (or a dataset file) in a fixed number of queries; the engine reads nothing else.
struct ScoringInput {
    /// Every record the period needs: the scope organisation with its ancestors and descendants, their
    /// members, meetings (with attendance), targets, disciplines, leave, dues, violations, commendations
    /// and ratings. Must outlive the evaluation.
    const Dataset* dataset = nullptr;
    QUuid scopeOrgId; ///< subjects at or below this organisation
    int year = 0;
    int month = 0; ///< 1..12 to evaluate one month (meeting and organisation_month files); 0 = the year
    /// Periods that have not ended by this day end on it. The caller's "today"; the engine reads no clock.
    QDate asOf;

    QDate periodStart() const { return month == 0 ? QDate(year, 1, 1) : QDate(year, month, 1); }
    QDate periodEnd() const
    {
        return month == 0 ? QDate(year, 12, 31) : QDate(year, month, 1).addMonths(1).addDays(-1);
    }
};

} // namespace chibo
