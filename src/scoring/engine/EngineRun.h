// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "scoring/MetricIndex.h"
#include "scoring/ScoringInput.h"
#include "scoring/engine/RatingIndex.h"
#include "scoring/engine/ResultCache.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>

namespace chibo {

/// The state of one ScoringEngine::evaluate call: the snapshot indexed once (metrics and ratings) and
/// every card built so far. Cards are built on demand and memoised, the files a card reads first.
class EngineRun {
public:
    EngineRun(const CriteriaSet& criteria, const ScoringInput& input);

    const MetricIndex& metrics() const { return m_metrics; }
    const RatingIndex& ratings() const { return m_ratings; }
    ResultCache& cache() { return m_cache; }

    /// Whether the file's applies_to admits the subject's organisation.
    bool appliesTo(const Criteria& file, const SubjectRef& subject) const;
    /// The first of `ids` with a file in force for a period ending on `periodEnd`, or nullptr.
    const Criteria* pick(const QStringList& ids, QDate periodEnd) const;
    /// The card of `file` for `subject`, built once; nullptr when the file does not apply to the subject
    /// (or, defensively, when it is being built already: a reference cycle).
    ScoreCard* card(const Criteria& file, const SubjectRef& subject);
    /// A `results` expression evaluated for `subject`.
    MetricValue results(const ResultsQuery& query, const SubjectRef& subject);
    /// The file's indicators in dependency order (IndicatorScorer::dependencyOrder), computed once per file.
    const QList<const Indicator*>& indicatorOrder(const Criteria& file);

private:
    /// Builds the cards of the related subjects `file` reads for `subject`, before the file's own card.
    void evaluateDependencies(const Criteria& file, const SubjectRef& subject);
    static QString fileKey(const Criteria& file);
    const QList<ResultsQuery>& queriesOf(const Criteria& file);

    const CriteriaSet& m_criteria;
    MetricIndex m_metrics;
    RatingIndex m_ratings;
    ResultCache m_cache;
    std::map<QString, QList<ResultsQuery>> m_queries;    // per file: its `results` expressions
    std::map<QString, QList<const Indicator*>> m_orders; // per file: its indicators in dependency order
};

} // namespace chibo
