// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationDecision.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// Classification decisions: an insert-only history. The current decision for a (criteria, subject,
/// year) is the one recorded last; recomputing results never changes a decision.
class DecisionRepository {
public:
    virtual ~DecisionRepository() = default;

    /// Appends `decision`. "storage.invalid" when its id is null, its year or date missing, its
    /// decided level not one of "htxs", "htt", "ht", "kht", or its reason or author empty.
    virtual Status record(const ClassificationDecision& decision) = 0;
    /// The current decision of each (criteria, subject) for `year`, for the subjects `subjectIds` (empty:
    /// every subject), ordered by criteria id then subject id. One query.
    virtual Result<QList<ClassificationDecision>> current(int year, const QList<QUuid>& subjectIds) const = 0;
    /// Every decision ever recorded for `subjectId`, oldest first.
    virtual Result<QList<ClassificationDecision>> history(const QUuid& subjectId) const = 0;
};

} // namespace chibo
