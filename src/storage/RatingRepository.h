// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"
#include "core/Result.h"

#include <QList>
#include <QUuid>

namespace chibo {

/// Values people enter for criteria indicators (core/Rating.h), one per (criteria, indicator, subject,
/// period). Bulk imports go through Storage::insertDataset; this is for entering one value at a time.
class RatingRepository {
public:
    virtual ~RatingRepository() = default;

    /// The ratings of these subjects (members, organisations or meetings), in canonical order
    /// (DatasetOrder). One query.
    virtual Result<QList<Rating>> ratings(const QList<QUuid>& subjectIds) const = 0;
    /// Inserts `rating`, or replaces the value, note, author and date of the stored rating with the same
    /// (criteria, indicator, subject, period), which keeps its id. "storage.missing-reference" when the
    /// subject is no member, organisation or meeting; "storage.invalid" when a required text is empty,
    /// or the period is empty for a member or organisation, or given for a meeting.
    virtual Status upsertRating(const Rating& rating) = 0;
    /// Removes the rating with this id; "storage.not-found" when there is none.
    virtual Status removeRating(const QUuid& id) = 0;
};

} // namespace chibo
