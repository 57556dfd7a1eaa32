// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MemberRecordMetrics.h"

#include "scoring/metrics/MemberFacts.h"
#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"

namespace chibo {

namespace {

MetricValue monthsDuesUnpaid(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    const qsizetype member = data.memberIndex(subject.id);
    if (member < 0)
        return builder.missing();
    return builder.count(MemberFacts::monthsDuesUnpaid(data, member, subject.from, subject.to, &builder));
}

MetricValue disciplines(const MetricData& data, const MetricArgs& args, const SubjectRef& subject,
                        bool leaveOutSelfRemedied)
{
    return MetricValueBuilder().countDated(
        data.disciplinesOfMember(subject.id), QStringLiteral("discipline"), &Discipline::decisionDate,
        subject, [&](const Discipline& discipline) {
            return args.formMatches(discipline.form) &&
                   !(leaveOutSelfRemedied && discipline.selfDiscovered && discipline.remedied);
        });
}

MetricValue disciplinesAll(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return disciplines(data, args, subject, false);
}

MetricValue disciplinesNotSelfRemedied(const MetricData& data, const MetricArgs& args,
                                       const SubjectRef& subject)
{
    return disciplines(data, args, subject, true);
}

MetricValue violations(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return MetricValueBuilder().countDated(
        data.violationsOfMember(subject.id), QStringLiteral("violation"), &Violation::date, subject,
        [&](const Violation& violation) { return args.violationKindMatches(violation); });
}

MetricValue commendations(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    return MetricValueBuilder().countDated(data.commendationsOfMember(subject.id),
                                           QStringLiteral("commendation"), &Commendation::date, subject,
                                           [](const Commendation&) { return true; });
}

} // namespace

void MemberRecordMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"member.months_dues_unpaid", monthsDuesUnpaid},
        {u"member.disciplines", disciplinesAll},
        {u"member.disciplines_not_self_remedied", disciplinesNotSelfRemedied},
        {u"member.violations", violations},
        {u"member.commendations", commendations},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
