// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/MetricIndex.h"
#include "scoring/Node.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace chibo {

class EngineRun;

/// Evaluates the expressions and conditions of one criteria file for one subject
/// (docs/criteria-format.md §5). Numbers are exact; a value that depends on a missing one is missing,
/// and a condition on it is Unknown (Kleene logic). Every comparison appends a Check, so callers can say
/// which threshold decided a rule. Metric values are looked up once per subject and kept.
class Evaluator {
public:
    Evaluator(EngineRun& run, const Criteria& criteria, const SubjectRef& subject);

    const Criteria& criteria() const { return m_criteria; }
    const SubjectRef& subject() const { return m_subject; }

    /// The value of an expression; the checks of conditions nested in it are dropped.
    ScoreValue value(const Node& node);
    /// The truth of a condition; appends one Check per comparison to `checks`.
    Truth truth(const Node& node, QList<Check>& checks);

    /// Makes an indicator's value and points visible to `{"indicator"}` and `{"points_of"}`.
    /// `points` is nullopt when they are unknown.
    void setIndicator(const QString& id, const ScoreValue& value, std::optional<Rational> points);
    /// The indicator being scored: what `{"value": {}}` reads.
    void setCurrent(const QString& id, const ScoreValue& value);
    /// The sum of all points, or missing while any applicable indicator's points are unknown.
    void setTotal(const ScoreValue& total) { m_total = total; }

    /// Starts recording the metric and result values read (an indicator's inputs and records).
    void beginTrace();
    /// Stops recording; inputs without duplicates in reading order, records sorted without duplicates.
    void takeTrace(QList<NamedValue>& inputs, QList<RecordRef>& records);

    static Truth toTruth(const ScoreValue& value);
    static ScoreValue fromTruth(Truth truth);

private:
    ScoreValue eval(const Node& node, QList<Check>& checks);
    ScoreValue leaf(const Node& node);
    ScoreValue arithmetic(const Node& node, QList<Check>& checks);
    ScoreValue logic(const Node& node, QList<Check>& checks);
    ScoreValue compare(const Node& node, QList<Check>& checks);
    ScoreValue gradeAtLeast(const Node& node, QList<Check>& checks);
    ScoreValue known(const Node& node, QList<Check>& checks);
    ScoreValue conditional(const Node& node, QList<Check>& checks);
    ScoreValue metric(const Node& node);
    ScoreValue pointsOf(const QStringList& ids) const;
    void trace(const QString& name, const MetricValue& value);
    /// How a Check names an operand: "indicator:ID", "metric:NAME", "total", "sum(…)"…
    QString describe(const Node& node) const;

    EngineRun& m_run;
    const Criteria& m_criteria;
    SubjectRef m_subject;
    QHash<QString, ScoreValue> m_values;              // lookups only
    QHash<QString, std::optional<Rational>> m_points; // lookups only
    QHash<QString, MetricValue> m_metrics;            // lookups only
    QString m_currentId;
    ScoreValue m_current;
    ScoreValue m_total;
    bool m_tracing = false;
    QList<NamedValue> m_traceInputs;
    QList<RecordRef> m_traceRecords;
};

} // namespace chibo
