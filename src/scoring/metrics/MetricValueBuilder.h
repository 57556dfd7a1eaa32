// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/YearMonth.h"
#include "scoring/MetricIndex.h"

#include <QString>
#include <QUuid>

#include <algorithm>

namespace chibo {

/// Collects a metric's inputs and records and gives the finished MetricValue, records sorted and
/// without duplicates.
class MetricValueBuilder {
public:
    void input(const QString& name, const Rational& value)
    {
        m_value.inputs.append({name, ScoreValue::of(value)});
    }
    void input(const QString& name, bool value) { m_value.inputs.append({name, ScoreValue::ofBool(value)}); }
    void record(const QString& kind, const QUuid& id, const QString& detail = {})
    {
        m_value.records.append({kind, id, detail});
    }
    void meeting(const QUuid& id) { record(QStringLiteral("meeting"), id); }
    /// An attendance row: the meeting and the member.
    void attendance(const QUuid& meetingId, const QUuid& memberId)
    {
        record(QStringLiteral("attendance"), meetingId, memberId.toString(QUuid::WithoutBraces));
    }
    void dues(const QUuid& memberId, YearMonth month)
    {
        record(QStringLiteral("dues"), memberId, month.toString());
    }

    /// Records each of `records` (of `kind`) dated within the subject's period that `keep` admits, and
    /// gives their count.
    template <typename Record, typename Keep>
    MetricValue countDated(const QList<const Record*>& records, const QString& kind, QDate Record::*date,
                           const SubjectRef& subject, Keep keep)
    {
        qint64 counted = 0;
        for (const Record* item : records) {
            if (!subject.contains(item->*date) || !keep(*item))
                continue;
            ++counted;
            record(kind, item->id);
        }
        return count(counted);
    }
    MetricValue count(qint64 value) { return finish(ScoreValue::of(Rational(value))); }
    MetricValue flag(bool value) { return finish(ScoreValue::ofBool(value)); }
    MetricValue missing() { return finish(ScoreValue::missing()); }
    /// numerator / denominator with both as inputs; missing when the denominator is 0.
    MetricValue share(const QString& numName, qint64 num, const QString& denName, qint64 den)
    {
        input(numName, Rational(num));
        input(denName, Rational(den));
        const std::optional<Rational> ratio = Rational::ratio(num, den);
        return finish(ratio ? ScoreValue::of(*ratio) : ScoreValue::missing());
    }
    MetricValue finish(ScoreValue value)
    {
        m_value.value = std::move(value);
        std::sort(m_value.records.begin(), m_value.records.end());
        m_value.records.erase(std::unique(m_value.records.begin(), m_value.records.end()),
                              m_value.records.end());
        return std::move(m_value);
    }

private:
    MetricValue m_value;
};

} // namespace chibo
