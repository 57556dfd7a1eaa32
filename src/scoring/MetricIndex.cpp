// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/MetricIndex.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/SubjectLister.h"

namespace chibo {

struct MetricIndex::Data {
    explicit Data(const ScoringInput& input)
        : data(input)
        , lister(data)
    {}

    MetricData data;
    SubjectLister lister;
    const MetricTable& table = MetricTable::all();
};

MetricIndex::MetricIndex(const ScoringInput& input)
    : d(std::make_unique<Data>(input))
{}

MetricIndex::~MetricIndex() = default;

QList<SubjectRef> MetricIndex::subjects(SubjectKind kind) const
{
    return d->lister.subjects(kind);
}

QList<SubjectRef> MetricIndex::related(const SubjectRef& subject, ResultsQuery::Over over) const
{
    return d->lister.related(subject, over);
}

MetricValue MetricIndex::value(const QString& metric, const QMap<QString, QString>& args,
                               const SubjectRef& subject) const
{
    const MetricTable::Function function = d->table.find(metric);
    if (!function)
        return {}; // the loader admits catalog names only
    return function(d->data, MetricArgs(args), subject);
}

const Organisation* MetricIndex::organisation(const QUuid& id) const
{
    return d->data.tree().find(id);
}

const Member* MetricIndex::member(const QUuid& id) const
{
    const qsizetype index = d->data.memberIndex(id);
    return index < 0 ? nullptr : &d->data.memberAt(index);
}

const Meeting* MetricIndex::meeting(const QUuid& id) const
{
    return d->data.meeting(id);
}

QUuid MetricIndex::grassrootsOf(const QUuid& orgId) const
{
    const Organisation* org = d->data.tree().grassrootsOf(orgId);
    return org ? org->id : QUuid();
}

} // namespace chibo
