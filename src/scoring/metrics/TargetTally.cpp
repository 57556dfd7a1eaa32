// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/metrics/TargetTally.h"

#include "scoring/metrics/MetricArgs.h"
#include "scoring/metrics/MetricValueBuilder.h"

namespace chibo {

namespace {

bool dueIn(const Target& target, QDate from, QDate to, bool wholeYear)
{
    if (wholeYear && target.planYear != 0 && target.planYear == from.year())
        return true;
    return target.dueMonth.isValid() && target.dueMonth.lastDay() >= from && target.dueMonth.firstDay() <= to;
}

/// The last day a target may be completed by: its due month's, or its plan year's.
QDate deadline(const Target& target)
{
    if (target.dueMonth.isValid())
        return target.dueMonth.lastDay();
    return target.planYear != 0 ? QDate(target.planYear, 12, 31) : QDate();
}

} // namespace

TargetTally::TargetTally(const QList<const Target*>& targets, const MetricArgs& args, QDate from, QDate to,
                         bool wholeYear)
{
    for (const Target* target : targets) {
        if (target->status == TargetStatus::Cancelled || !args.targetKindMatches(*target) ||
            !dueIn(*target, from, to, wholeYear))
            continue;
        m_counted.append(target);
        ++m_targets;
        m_planned += target->planned;
        m_actual += target->actual;
        const bool done = target->status == TargetStatus::Done || target->status == TargetStatus::Exceeded;
        m_met += done ? 1 : 0;
        m_exceeded += target->status == TargetStatus::Exceeded ? 1 : 0;
        const QDate last = deadline(*target);
        const bool overdue = target->status == TargetStatus::Open && last.isValid() && last <= to;
        m_missed += target->status == TargetStatus::Missed || overdue ? 1 : 0;
    }
}

void TargetTally::addRecords(MetricValueBuilder& builder) const
{
    for (const Target* target : m_counted)
        builder.record(QStringLiteral("target"), target->id);
}

} // namespace chibo
