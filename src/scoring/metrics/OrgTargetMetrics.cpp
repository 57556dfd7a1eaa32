// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/OrgTargetMetrics.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"
#include "scoring/metrics/TargetTally.h"

namespace chibo {

namespace {

bool isYear(const SubjectRef& subject)
{
    return subject.period.size() == 4;
}

TargetTally tally(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return TargetTally(data.targetsOfOrg(subject.orgId), args, subject.from, subject.to, isYear(subject));
}

MetricValue count(const MetricData& data, const MetricArgs& args, const SubjectRef& subject,
                  qint64 (TargetTally::*which)() const)
{
    MetricValueBuilder builder;
    const TargetTally counted = tally(data, args, subject);
    counted.addRecords(builder);
    return builder.count((counted.*which)());
}

MetricValue targets(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::targets);
}

MetricValue targetsMet(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::met);
}

MetricValue targetsExceeded(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::exceeded);
}

MetricValue targetsMissed(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::missed);
}

MetricValue targetsPlanned(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::planned);
}

MetricValue targetsActual(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return count(data, args, subject, &TargetTally::actual);
}

MetricValue targetsMetRate(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const TargetTally counted = tally(data, args, subject);
    counted.addRecords(builder);
    return builder.share(QStringLiteral("met"), counted.met(), QStringLiteral("targets"), counted.targets());
}

MetricValue targetsExceededRate(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const TargetTally counted = tally(data, args, subject);
    counted.addRecords(builder);
    return builder.share(QStringLiteral("exceeded"), counted.exceeded(), QStringLiteral("targets"),
                         counted.targets());
}

/// Ceremonies held in the period for members whose official cell that day was the organisation or
/// below it.
qint64 countAdmissions(const MetricData& data, const SubjectRef& subject, MetricValueBuilder& builder)
{
    qint64 admitted = 0;
    for (const MetricData::Attributed& admission : data.admissionsOf(subject.orgId)) {
        if (admission.date < subject.from || admission.date > subject.to)
            continue;
        ++admitted;
        builder.record(QStringLiteral("member"), data.memberAt(admission.member).id);
    }
    return admitted;
}

MetricValue admissions(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    return builder.count(countAdmissions(data, subject, builder));
}

MetricValue admissionRate(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const qint64 admitted = countAdmissions(data, subject, builder);
    const QMap<QString, QString> admissionKind{{QStringLiteral("kind"), QStringLiteral("admission")}};
    const MetricArgs args(admissionKind);
    const TargetTally planned = tally(data, args, subject);
    planned.addRecords(builder);
    return builder.share(QStringLiteral("admitted"), admitted, QStringLiteral("planned"), planned.planned());
}

} // namespace

void OrgTargetMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"org.targets", targets},
        {u"org.targets_met", targetsMet},
        {u"org.targets_exceeded", targetsExceeded},
        {u"org.targets_missed", targetsMissed},
        {u"org.targets_met_rate", targetsMetRate},
        {u"org.targets_exceeded_rate", targetsExceededRate},
        {u"org.targets_planned", targetsPlanned},
        {u"org.targets_actual", targetsActual},
        {u"org.admissions", admissions},
        {u"org.admission_rate", admissionRate},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
