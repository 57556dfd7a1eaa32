// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/MetricIndex.h"
#include "scoring/engine/Evaluator.h"

namespace chibo {

class EngineRun;

/// Builds the card of one criteria file for one subject: eligibility first (a subject a rule excludes is
/// not rated and nothing else is computed), then the indicators in dependency order, the totals, the
/// classification and the flag rules. The quota is applied later, across the cards of the run.
class CardBuilder {
public:
    CardBuilder(EngineRun& run, const Criteria& criteria, const SubjectRef& subject);

    ScoreCard build();

private:
    ScoreCard header() const;
    /// False when an eligibility rule excludes the subject (the card then says why).
    bool checkEligibility(ScoreCard& card);
    void scoreIndicators(ScoreCard& card);

    EngineRun& m_run;
    const Criteria& m_criteria;
    SubjectRef m_subject;
    Evaluator m_eval;
};

} // namespace chibo
