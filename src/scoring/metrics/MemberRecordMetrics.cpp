// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/MemberRecordMetrics.h"

#include "scoring/metrics/MemberFacts.h"
#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricData.h"
#include "scoring/metrics/MetricTable.h"
#include "scoring/metrics/MetricValueBuilder.h"
#include "scoring/metrics/TargetTally.h"

namespace chibo {

namespace {

bool within(QDate day, const SubjectRef& subject)
{
    return day >= subject.from && day <= subject.to;
}

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
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Discipline* discipline : data.disciplinesOfMember(subject.id)) {
        if (!within(discipline->decisionDate, subject) || !args.formMatches(discipline->form) ||
            (leaveOutSelfRemedied && discipline->selfDiscovered && discipline->remedied))
            continue;
        ++count;
        builder.record(QStringLiteral("discipline"), discipline->id);
    }
    return builder.count(count);
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

TargetTally tally(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    return TargetTally(data.targetsOfOwner(subject.id), args, subject.from, subject.to,
                       subject.period.size() == 4);
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

MetricValue violations(const MetricData& data, const MetricArgs& args, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Violation* violation : data.violationsOfMember(subject.id)) {
        if (!within(violation->date, subject) || !args.violationKindMatches(*violation))
            continue;
        ++count;
        builder.record(QStringLiteral("violation"), violation->id);
    }
    return builder.count(count);
}

MetricValue commendations(const MetricData& data, const MetricArgs&, const SubjectRef& subject)
{
    MetricValueBuilder builder;
    qint64 count = 0;
    for (const Commendation* commendation : data.commendationsOfMember(subject.id)) {
        if (!within(commendation->date, subject))
            continue;
        ++count;
        builder.record(QStringLiteral("commendation"), commendation->id);
    }
    return builder.count(count);
}

} // namespace

void MemberRecordMetrics::registerInto(MetricTable& table)
{
    const std::pair<const char16_t*, MetricTable::Function> entries[] = {
        {u"member.months_dues_unpaid", monthsDuesUnpaid},
        {u"member.disciplines", disciplinesAll},
        {u"member.disciplines_not_self_remedied", disciplinesNotSelfRemedied},
        {u"member.targets", targets},
        {u"member.targets_met", targetsMet},
        {u"member.targets_exceeded", targetsExceeded},
        {u"member.targets_missed", targetsMissed},
        {u"member.targets_met_rate", targetsMetRate},
        {u"member.targets_exceeded_rate", targetsExceededRate},
        {u"member.violations", violations},
        {u"member.commendations", commendations},
    };
    for (const auto& [name, function] : entries)
        table.add(QString::fromUtf16(name), function);
}

} // namespace chibo
