// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/engine/Evaluator.h"
#include "scoring/engine/RatingIndex.h"

#include <QList>

#include <optional>

namespace chibo {

/// Scores the indicators of one file for one subject (docs/criteria-format.md §2): the value (computed
/// or entered), points by bands, formula or input kind plus bonuses up to max_points, and pass or fail.
/// Missing values follow when_missing; an entered value that is missing or invalid is always flagged.
class IndicatorScorer {
public:
    struct Scored {
        IndicatorResult result;
        std::optional<Rational> points; ///< nullopt: unknown (a needed value is missing)
        bool applicable = true;
        QList<Flag> flags;
    };

    IndicatorScorer(Evaluator& evaluator, const RatingIndex& ratings);

    /// The indicators in an order where each comes after those it reads (file order otherwise).
    static QList<const Indicator*> dependencyOrder(const Criteria& criteria);

    /// Scores one indicator and makes its value and points visible to the indicators after it.
    Scored score(const Indicator& indicator);

private:
    void readValue(const Indicator& indicator, Scored& out);
    void readRating(const Indicator& indicator, Scored& out);
    ScoreValue parseRating(const InputSpec& input, const QString& text) const;
    std::optional<Rational> basePoints(const Indicator& indicator, const ScoreValue& value);
    void scorePoints(const Indicator& indicator, Scored& out);
    void decideOutcome(const Indicator& indicator, Scored& out);
    static Flag flagFor(const QString& prefix, const Indicator& indicator);

    Evaluator& m_eval;
    const RatingIndex& m_ratings;
};

} // namespace chibo
