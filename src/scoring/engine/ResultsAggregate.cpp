// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/ResultsAggregate.h"

#include <algorithm>

namespace chibo {

namespace {

struct Counts {
    qint64 subjects = 0;
    qint64 rated = 0;
    qint64 atLeast = 0;
    qint64 below = 0;
    qint64 flagged = 0;
    qint64 undetermined = 0;
    bool levelUnknown = false; ///< a level not on the reading file's ladder
};

Counts count(const ResultsQuery& query, const QList<ResultsAggregate::Item>& items)
{
    Counts counts;
    for (const ResultsAggregate::Item& item : items) {
        ++counts.subjects;
        if (!item.card->rated)
            continue;
        ++counts.rated;
        if (item.card->needsDecision())
            ++counts.flagged;
        if (item.card->level.isEmpty()) {
            ++counts.undetermined;
            continue;
        }
        const int rank = item.file->levelRank(item.card->level);
        const int wanted = item.file->levelRank(query.level);
        if (rank < 0 || wanted < 0)
            counts.levelUnknown = true;
        else if (rank <= wanted)
            ++counts.atLeast;
        else
            ++counts.below;
    }
    return counts;
}

ScoreValue aggregateValue(const ResultsQuery& query, const Counts& counts)
{
    using Aggregate = ResultsQuery::Aggregate;
    const bool levelsKnown = counts.undetermined == 0 && !counts.levelUnknown;
    switch (query.aggregate) {
    case Aggregate::Count: return ScoreValue::of(counts.subjects);
    case Aggregate::Rated: return ScoreValue::of(counts.rated);
    case Aggregate::CountFlagged: return ScoreValue::of(counts.flagged);
    case Aggregate::Undetermined: return ScoreValue::of(counts.undetermined);
    case Aggregate::CountAtLeast: return levelsKnown ? ScoreValue::of(counts.atLeast) : ScoreValue::missing();
    case Aggregate::CountBelow: return levelsKnown ? ScoreValue::of(counts.below) : ScoreValue::missing();
    case Aggregate::ShareAtLeast: {
        const auto share = Rational::ratio(counts.atLeast, counts.rated);
        return levelsKnown && share ? ScoreValue::of(*share) : ScoreValue::missing();
    }
    }
    return ScoreValue::missing();
}

} // namespace

MetricValue ResultsAggregate::compute(const ResultsQuery& query, const QList<Item>& items)
{
    const Counts counts = count(query, items);
    MetricValue out;
    out.value = aggregateValue(query, counts);
    out.inputs = {{QStringLiteral("results.subjects"), ScoreValue::of(counts.subjects)},
                  {QStringLiteral("results.rated"), ScoreValue::of(counts.rated)}};
    using Aggregate = ResultsQuery::Aggregate;
    if (query.aggregate == Aggregate::CountAtLeast || query.aggregate == Aggregate::ShareAtLeast)
        out.inputs.append(
            {QStringLiteral("results.at_least:") + query.level, ScoreValue::of(counts.atLeast)});
    if (query.aggregate == Aggregate::CountBelow)
        out.inputs.append({QStringLiteral("results.below:") + query.level, ScoreValue::of(counts.below)});
    if (query.aggregate == Aggregate::CountFlagged)
        out.inputs.append({QStringLiteral("results.flagged"), ScoreValue::of(counts.flagged)});
    out.inputs.append({QStringLiteral("results.undetermined"), ScoreValue::of(counts.undetermined)});
    for (const Item& item : items)
        out.records.append({QStringLiteral("result"), item.card->subjectId, item.card->criteriaId});
    std::sort(out.records.begin(), out.records.end());
    out.records.erase(std::unique(out.records.begin(), out.records.end()), out.records.end());
    return out;
}

} // namespace chibo
