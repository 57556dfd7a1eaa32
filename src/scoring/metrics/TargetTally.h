// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Target.h"

#include <QDate>
#include <QList>

namespace chibo {

class MetricArgs;
class MetricValueBuilder;

/// Counts targets due in a period (docs/metrics.md): not cancelled, of the `kind` asked for, with the
/// due month in the period, or — for a year — a yearly-plan target of that year. Met is done or
/// exceeded; missed is missed, or still open once its due month has ended by the effective end.
class TargetTally {
public:
    /// `from`..`to` is the period clipped at its effective end; `wholeYear` when the period is a year.
    TargetTally(const QList<const Target*>& targets, const MetricArgs& args, QDate from, QDate to,
                bool wholeYear);

    qint64 targets() const { return m_targets; }
    qint64 met() const { return m_met; }
    qint64 exceeded() const { return m_exceeded; }
    qint64 missed() const { return m_missed; }
    qint64 planned() const { return m_planned; }
    qint64 actual() const { return m_actual; }
    /// Adds the counted targets as records.
    void addRecords(MetricValueBuilder& builder) const;

private:
    QList<const Target*> m_counted;
    qint64 m_targets = 0;
    qint64 m_met = 0;
    qint64 m_exceeded = 0;
    qint64 m_missed = 0;
    qint64 m_planned = 0;
    qint64 m_actual = 0;
};

} // namespace chibo
