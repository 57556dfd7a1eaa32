// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/MetricIndex.h"

#include <QList>

namespace chibo {

/// A file's quota across each grassroots organisation (docs/criteria-format.md §4): at most
/// floor(base count × share) rated cards at the quota's level, never rounded up. When exceeded, every
/// card at that level in the organisation is flagged "quota:<id>"; the committee decides which to lower.
class QuotaCheck {
public:
    /// Applies `file`'s quota to its cards (which must all be of that file) and returns one state per
    /// grassroots organisation that has rated cards, by organisation id. Empty when the file has no quota.
    static QList<QuotaState> apply(const Criteria& file, const QList<ScoreCard*>& cards,
                                   const MetricIndex& metrics);
};

} // namespace chibo
