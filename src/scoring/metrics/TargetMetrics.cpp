// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/TargetMetrics.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

namespace chibo {

namespace {

enum class Owner { Member, Organisation };

template <Owner owner>
TargetTally tally(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    const QList<const Target*>& targets =
        owner == Owner::Member ? data.targetsOfOwner(subject.id) : data.targetsOfOrg(subject.orgId);
    return TargetTally(targets, args, subject.from, subject.to, subject.period.size() == 4);
}

template <Owner owner, qint64 (TargetTally::*which)() const>
MetricValue count(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const TargetTally counted = tally<owner>(data, args, subject);
    counted.addRecords(builder);
    return builder.count((counted.*which)());
}

template <Owner owner, qint64 (TargetTally::*which)() const>
MetricValue share(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const TargetTally counted = tally<owner>(data, args, subject);
    counted.addRecords(builder);
    const QString part = which == &TargetTally::met ? QStringLiteral("met") : QStringLiteral("exceeded");
    return builder.share(part, (counted.*which)(), QStringLiteral("targets"), counted.targets());
}

template <Owner owner>
void registerFamily(MetricTable& table, const QString& prefix)
{
    table.add(prefix + u"targets", count<owner, &TargetTally::targets>);
    table.add(prefix + u"targets_met", count<owner, &TargetTally::met>);
    table.add(prefix + u"targets_exceeded", count<owner, &TargetTally::exceeded>);
    table.add(prefix + u"targets_missed", count<owner, &TargetTally::missed>);
    table.add(prefix + u"targets_met_rate", share<owner, &TargetTally::met>);
    table.add(prefix + u"targets_exceeded_rate", share<owner, &TargetTally::exceeded>);
}

} // namespace

void TargetMetrics::registerInto(MetricTable& table)
{
    registerFamily<Owner::Member>(table, QStringLiteral("member."));
    registerFamily<Owner::Organisation>(table, QStringLiteral("org."));
    table.add(QStringLiteral("org.targets_planned"), count<Owner::Organisation, &TargetTally::planned>);
    table.add(QStringLiteral("org.targets_actual"), count<Owner::Organisation, &TargetTally::actual>);
}

TargetTally TargetMetrics::ofOrganisation(const MetricData& data, const MetricArgs& args,
                                          const SubjectRef& subject)
{
    return tally<Owner::Organisation>(data, args, subject);
}

} // namespace chibo
