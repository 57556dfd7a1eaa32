// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/EngineRun.h"

#include "core/VietnameseText.h"
#include "scoring/engine/CardBuilder.h"
#include "scoring/engine/IndicatorScorer.h"
#include "scoring/engine/ResultsAggregate.h"

namespace chibo {

namespace {

void collectQueries(const Node& node, QList<ResultsQuery>& out)
{
    if (node.op == Node::Op::Results && !out.contains(node.results))
        out.append(node.results);
    for (const Node& operand : node.operands)
        collectQueries(operand, out);
}

QList<ResultsQuery> queriesIn(const Criteria& file)
{
    QList<ResultsQuery> out;
    for (const Node* root : file.expressions())
        collectQueries(*root, out);
    return out;
}

} // namespace

EngineRun::EngineRun(const CriteriaSet& criteria, const ScoringInput& input)
    : m_criteria(criteria)
    , m_metrics(input)
    , m_ratings(input.dataset->ratings)
{}

bool EngineRun::appliesTo(const Criteria& file, const SubjectRef& subject) const
{
    const AppliesTo& rule = file.appliesTo;
    if (rule.orgKinds.isEmpty() && rule.cellTypes.isEmpty() && rule.locality.isEmpty())
        return true;
    const Organisation* org = m_metrics.organisation(subject.orgId);
    if (!org)
        return false;
    if (!rule.orgKinds.isEmpty() && !rule.orgKinds.contains(org->kind))
        return false;
    if (!rule.cellTypes.isEmpty() && !rule.cellTypes.contains(org->cellType))
        return false;
    return rule.locality.isEmpty() ||
           VietnameseText::fold(org->locality).contains(VietnameseText::fold(rule.locality));
}

const Criteria* EngineRun::pick(const QStringList& ids, QDate periodEnd) const
{
    for (const QString& id : ids) {
        if (const Criteria* file = m_criteria.find(id, periodEnd))
            return file;
    }
    return nullptr;
}

ScoreCard* EngineRun::card(const Criteria& file, const SubjectRef& subject)
{
    switch (m_cache.state(file, subject)) {
    case ResultCache::State::Done: return m_cache.find(file, subject);
    case ResultCache::State::InProgress: return nullptr;
    case ResultCache::State::Absent: break;
    }
    if (!appliesTo(file, subject))
        return nullptr;
    m_cache.begin(file, subject);
    evaluateDependencies(file, subject);
    return m_cache.store(file, subject, CardBuilder(*this, file, subject).build());
}

MetricValue EngineRun::results(const ResultsQuery& query, const SubjectRef& subject)
{
    QList<ResultsAggregate::Item> items;
    for (const SubjectRef& related : m_metrics.related(subject, query.over)) {
        const Criteria* file = pick(query.criteriaIds, related.to);
        if (!file)
            continue;
        if (const ScoreCard* found = card(*file, related))
            items.append({file, found});
    }
    return ResultsAggregate::compute(query, items);
}

void EngineRun::evaluateDependencies(const Criteria& file, const SubjectRef& subject)
{
    for (const ResultsQuery& query : queriesOf(file)) {
        for (const SubjectRef& related : m_metrics.related(subject, query.over)) {
            if (const Criteria* dependency = pick(query.criteriaIds, related.to))
                card(*dependency, related);
        }
    }
}

const QList<const Indicator*>& EngineRun::indicatorOrder(const Criteria& file)
{
    const QString key = fileKey(file);
    auto found = m_orders.find(key);
    if (found == m_orders.end())
        found = m_orders.emplace(key, IndicatorScorer::dependencyOrder(file)).first;
    return found->second;
}

QString EngineRun::fileKey(const Criteria& file)
{
    return file.id + u'@' + file.validFrom.toString(Qt::ISODate);
}

const QList<ResultsQuery>& EngineRun::queriesOf(const Criteria& file)
{
    const QString key = fileKey(file);
    auto found = m_queries.find(key);
    if (found == m_queries.end())
        found = m_queries.emplace(key, queriesIn(file)).first;
    return found->second;
}

} // namespace chibo
