// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"

#include <QList>

namespace chibo {

/// The forms a cell's meetings are rated by in a year, and what the meeting-quality measure of the
/// trend charts and the committee overview adds up: the points of the forms that give points when one
/// is in force, else the share of the forms' criteria the meetings met (HD 12 / HD 42, whose band is
/// often left to the committee, so that a count of bands would say nothing).
/// Templates (`example` files, such as a locality's sample points form) never count: a committee adapts
/// one and installs it as its own first; the meeting editor assesses by the same forms.
struct MeetingQualityForms {
    QList<const Criteria*> files; ///< in the order given; all give points, or none does
    bool byPoints = false;

    /// The forms among `applicable` (a cell's files for a year, any subject).
    static MeetingQualityForms of(const QList<const Criteria*>& applicable);

    bool isEmpty() const { return files.isEmpty(); }
    const Criteria* find(const QString& criteriaId) const;

    /// A meeting card's criteria judged and met: passed or failed, or missing a value its checks need
    /// (not met); information and not-applicable items are not judged.
    struct CriteriaCount {
        int judged = 0;
        int met = 0;
    };
    static CriteriaCount criteriaMet(const ScoreCard& card);
};

} // namespace chibo
