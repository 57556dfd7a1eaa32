// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/OrgAdmissionMetrics.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"
#include "scoring/metrics/TargetMetrics.h"

namespace chibo {

namespace {

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
    const TargetTally planned = TargetMetrics::ofOrganisation(data, args, subject);
    planned.addRecords(builder);
    return builder.share(QStringLiteral("admitted"), admitted, QStringLiteral("planned"), planned.planned());
}

} // namespace

void OrgAdmissionMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"org.admissions", admissions},
        {u"org.admission_rate", admissionRate},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
