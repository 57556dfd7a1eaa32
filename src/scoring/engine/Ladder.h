// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/engine/Evaluator.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// The classification of one card (docs/criteria-format.md §3–4): the ladder's rules in order, the
/// `otherwise` level, the caps, and the file's flag rules. Records a Reason for every rule tried ("why
/// not higher"), every exception and every cap applied; what cannot be decided is flagged, never guessed.
class Ladder {
    Q_DECLARE_TR_FUNCTIONS(Ladder)

public:
    explicit Ladder(Evaluator& evaluator);

    /// Sets card.level from the rules and caps (needs the indicators and the total set on the evaluator).
    void classify(ScoreCard& card);
    /// Adds a Flag for every flag rule whose condition is true or unknown.
    void applyFlagRules(ScoreCard& card);

private:
    enum class Step { NoMatch, Matched, Stopped };

    Step tryRule(const LadderRule& rule, ScoreCard& card);
    void applyCaps(ScoreCard& card);

    Evaluator& m_eval;
};

} // namespace chibo
