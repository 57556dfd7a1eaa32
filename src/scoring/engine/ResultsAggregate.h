// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/MetricIndex.h"
#include "scoring/Node.h"

#include <QList>

namespace chibo {

/// Sums up the cards another file gave the related subjects, as a `results` expression asks
/// (docs/criteria-format.md §6). Levels are compared on the ladder of the file that gave each card.
/// Counting levels cannot be decided while a rated card has no level (its value is then missing: the
/// undetermined card is flagged where it is, and the reading file must not guess past it).
class ResultsAggregate {
public:
    struct Item {
        const Criteria* file = nullptr;
        const ScoreCard* card = nullptr;
    };

    static MetricValue compute(const ResultsQuery& query, const QList<Item>& items);
};

} // namespace chibo
