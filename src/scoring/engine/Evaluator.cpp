// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/Evaluator.h"

#include "scoring/engine/EngineRun.h"

#include <algorithm>

namespace chibo {

namespace {

using Op = Node::Op;

QString opText(Op op)
{
    switch (op) {
    case Op::Ge: return QStringLiteral(">=");
    case Op::Gt: return QStringLiteral(">");
    case Op::Le: return QStringLiteral("<=");
    case Op::Lt: return QStringLiteral("<");
    case Op::Eq: return QStringLiteral("==");
    case Op::Ne: return QStringLiteral("!=");
    default: return {};
    }
}

QString functionName(Op op)
{
    switch (op) {
    case Op::Sum: return QStringLiteral("sum");
    case Op::Diff: return QStringLiteral("diff");
    case Op::Product: return QStringLiteral("product");
    case Op::Ratio: return QStringLiteral("ratio");
    case Op::Min: return QStringLiteral("min");
    case Op::Max: return QStringLiteral("max");
    case Op::If: return QStringLiteral("if");
    default: return QStringLiteral("expr");
    }
}

Truth ordered(Op op, const Rational& a, const Rational& b)
{
    bool result = false;
    switch (op) {
    case Op::Ge: result = a >= b; break;
    case Op::Gt: result = a > b; break;
    case Op::Le: result = a <= b; break;
    case Op::Lt: result = a < b; break;
    case Op::Eq: result = a == b; break;
    case Op::Ne: result = a != b; break;
    default: return Truth::Unknown;
    }
    return result ? Truth::True : Truth::False;
}

/// Equality of booleans or codes; ordering them, or comparing values of different types, cannot be
/// decided (the loader refuses such files, so this is only a defence).
Truth equality(Op op, bool equal)
{
    if (op == Op::Eq)
        return equal ? Truth::True : Truth::False;
    if (op == Op::Ne)
        return equal ? Truth::False : Truth::True;
    return Truth::Unknown;
}

Truth compareValues(Op op, const ScoreValue& a, const ScoreValue& b)
{
    if (a.isMissing() || b.isMissing() || a.type != b.type)
        return Truth::Unknown;
    switch (a.type) {
    case ScoreValue::Type::Number: return ordered(op, a.number, b.number);
    case ScoreValue::Type::Boolean: return equality(op, a.boolean == b.boolean);
    case ScoreValue::Type::Code: return equality(op, a.code == b.code);
    case ScoreValue::Type::Missing: break;
    }
    return Truth::Unknown;
}

int gradeRank(const QList<Level>& scale, const QString& code)
{
    for (qsizetype i = 0; i < scale.size(); ++i) {
        if (scale[i].code == code)
            return int(i);
    }
    return -1;
}

QString metricKey(const Node& node)
{
    QString key = node.name;
    for (auto it = node.args.cbegin(); it != node.args.cend(); ++it) // QMap: sorted by name
        key += u'|' + it.key() + u'=' + it.value();
    return key;
}

} // namespace

Evaluator::Evaluator(EngineRun& run, const Criteria& criteria, const SubjectRef& subject)
    : m_run(run)
    , m_criteria(criteria)
    , m_subject(subject)
{}

ScoreValue Evaluator::value(const Node& node)
{
    QList<Check> ignored;
    return eval(node, ignored);
}

Truth Evaluator::truth(const Node& node, QList<Check>& checks)
{
    return toTruth(eval(node, checks));
}

void Evaluator::setIndicator(const QString& id, const ScoreValue& value, std::optional<Rational> points)
{
    m_values.insert(id, value);
    m_points.insert(id, points);
}

void Evaluator::setCurrent(const QString& id, const ScoreValue& value)
{
    m_currentId = id;
    m_current = value;
}

void Evaluator::beginTrace()
{
    m_tracing = true;
    m_traceInputs.clear();
    m_traceRecords.clear();
}

void Evaluator::takeTrace(QList<NamedValue>& inputs, QList<RecordRef>& records)
{
    m_tracing = false;
    for (NamedValue& input : m_traceInputs) {
        if (!inputs.contains(input))
            inputs.append(std::move(input));
    }
    records += m_traceRecords;
    std::sort(records.begin(), records.end());
    records.erase(std::unique(records.begin(), records.end()), records.end());
    m_traceInputs.clear();
    m_traceRecords.clear();
}

Truth Evaluator::toTruth(const ScoreValue& value)
{
    if (value.type != ScoreValue::Type::Boolean)
        return Truth::Unknown;
    return value.boolean ? Truth::True : Truth::False;
}

ScoreValue Evaluator::fromTruth(Truth truth)
{
    return truth == Truth::Unknown ? ScoreValue::missing() : ScoreValue::ofBool(truth == Truth::True);
}

ScoreValue Evaluator::eval(const Node& node, QList<Check>& checks)
{
    switch (node.op) {
    case Op::Sum:
    case Op::Diff:
    case Op::Product:
    case Op::Ratio:
    case Op::Min:
    case Op::Max: return arithmetic(node, checks);
    case Op::If: return conditional(node, checks);
    case Op::All:
    case Op::Any:
    case Op::Not: return logic(node, checks);
    case Op::Ge:
    case Op::Gt:
    case Op::Le:
    case Op::Lt:
    case Op::Eq:
    case Op::Ne: return compare(node, checks);
    case Op::GradeAtLeast: return gradeAtLeast(node, checks);
    case Op::Known: return known(node, checks);
    default: return leaf(node);
    }
}

ScoreValue Evaluator::leaf(const Node& node)
{
    switch (node.op) {
    case Op::Number: return ScoreValue::of(node.number);
    case Op::Boolean: return ScoreValue::ofBool(node.boolean);
    case Op::Code: return ScoreValue::ofCode(node.name);
    case Op::Param: {
        const auto found = m_criteria.parameters.constFind(node.name);
        return found == m_criteria.parameters.cend() ? ScoreValue::missing() : ScoreValue::of(*found);
    }
    case Op::Metric: return metric(node);
    case Op::Indicator: return m_values.value(node.name);
    case Op::PointsOf: return pointsOf(node.names);
    case Op::Total: return m_total;
    case Op::Value: return m_current;
    case Op::Results: {
        const MetricValue aggregate = m_run.results(node.results, m_subject);
        trace(QStringLiteral("results"), aggregate);
        return aggregate.value;
    }
    default: return ScoreValue::missing();
    }
}

ScoreValue Evaluator::arithmetic(const Node& node, QList<Check>& checks)
{
    QList<Rational> numbers;
    for (const Node& operand : node.operands) {
        const ScoreValue value = eval(operand, checks);
        if (value.type != ScoreValue::Type::Number)
            return ScoreValue::missing();
        numbers.append(value.number);
    }
    if (numbers.isEmpty())
        return ScoreValue::missing();
    Rational result = numbers.first();
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        const Rational& next = numbers[i];
        switch (node.op) {
        case Op::Sum: result = result + next; break;
        case Op::Diff: result = result - next; break;
        case Op::Product: result = result * next; break;
        case Op::Ratio:
            if (next == Rational(0))
                return ScoreValue::missing();
            result = result / next;
            break;
        case Op::Min: result = std::min(result, next); break;
        case Op::Max: result = std::max(result, next); break;
        default: return ScoreValue::missing();
        }
    }
    return ScoreValue::of(result);
}

ScoreValue Evaluator::logic(const Node& node, QList<Check>& checks)
{
    if (node.op == Op::Not) {
        if (node.operands.empty())
            return ScoreValue::missing();
        const Truth inner = truth(node.operands.front(), checks);
        if (inner == Truth::Unknown)
            return ScoreValue::missing();
        return ScoreValue::ofBool(inner == Truth::False);
    }
    // Every operand is evaluated (no short cut) so the checks explain the whole condition.
    const Truth decisive = node.op == Op::All ? Truth::False : Truth::True;
    bool decided = false;
    bool unknown = false;
    for (const Node& operand : node.operands) {
        const Truth part = truth(operand, checks);
        decided = decided || part == decisive;
        unknown = unknown || part == Truth::Unknown;
    }
    if (decided)
        return fromTruth(decisive);
    if (unknown)
        return ScoreValue::missing();
    return fromTruth(decisive == Truth::False ? Truth::True : Truth::False);
}

ScoreValue Evaluator::compare(const Node& node, QList<Check>& checks)
{
    if (node.operands.size() != 2)
        return ScoreValue::missing();
    const ScoreValue left = eval(node.operands[0], checks);
    const ScoreValue right = eval(node.operands[1], checks);
    const Truth result = compareValues(node.op, left, right);
    checks.append({describe(node.operands[0]), left, opText(node.op), right, result});
    return fromTruth(result);
}

ScoreValue Evaluator::gradeAtLeast(const Node& node, QList<Check>& checks)
{
    if (node.operands.empty())
        return ScoreValue::missing();
    const Node& operand = node.operands.front();
    const ScoreValue grade = eval(operand, checks);
    const QString indicatorId = operand.op == Op::Value ? m_currentId : operand.name;
    const Indicator* indicator = m_criteria.indicator(indicatorId);
    Truth result = Truth::Unknown;
    if (indicator && grade.type == ScoreValue::Type::Code) {
        const int actual = gradeRank(indicator->input.scale, grade.code);
        const int wanted = gradeRank(indicator->input.scale, node.name);
        if (actual >= 0 && wanted >= 0)
            result = actual <= wanted ? Truth::True : Truth::False;
    }
    checks.append(
        {describe(operand), grade, QStringLiteral("grade>="), ScoreValue::ofCode(node.name), result});
    return fromTruth(result);
}

ScoreValue Evaluator::known(const Node& node, QList<Check>& checks)
{
    if (node.operands.empty())
        return ScoreValue::missing();
    const ScoreValue operand = eval(node.operands.front(), checks);
    const Truth result = operand.isMissing() ? Truth::False : Truth::True;
    checks.append({describe(node.operands.front()), operand, QStringLiteral("known"), {}, result});
    return fromTruth(result);
}

ScoreValue Evaluator::conditional(const Node& node, QList<Check>& checks)
{
    if (node.operands.size() != 3)
        return ScoreValue::missing();
    switch (truth(node.operands[0], checks)) {
    case Truth::True: return eval(node.operands[1], checks);
    case Truth::False: return eval(node.operands[2], checks);
    case Truth::Unknown: break;
    }
    return ScoreValue::missing();
}

ScoreValue Evaluator::metric(const Node& node)
{
    const QString key = metricKey(node);
    auto found = m_metrics.constFind(key);
    if (found == m_metrics.cend())
        found = m_metrics.insert(key, m_run.metrics().value(node.name, node.args, m_subject));
    trace(node.name, *found);
    return found->value;
}

ScoreValue Evaluator::pointsOf(const QStringList& ids) const
{
    Rational sum;
    for (const QString& id : ids) {
        const std::optional<Rational> points = m_points.value(id);
        if (!points)
            return ScoreValue::missing();
        sum = sum + *points;
    }
    return ScoreValue::of(sum);
}

void Evaluator::trace(const QString& name, const MetricValue& value)
{
    if (!m_tracing)
        return;
    if (value.inputs.isEmpty())
        m_traceInputs.append({name, value.value});
    else
        m_traceInputs += value.inputs;
    m_traceRecords += value.records;
}

QString Evaluator::describe(const Node& node) const
{
    switch (node.op) {
    case Op::Indicator: return QStringLiteral("indicator:") + node.name;
    case Op::Value: return QStringLiteral("indicator:") + m_currentId;
    case Op::PointsOf: return QStringLiteral("points:") + node.names.join(u'+');
    case Op::Metric: return QStringLiteral("metric:") + node.name;
    case Op::Param: return QStringLiteral("param:") + node.name;
    case Op::Total: return QStringLiteral("total");
    case Op::Results: return QStringLiteral("results");
    case Op::Number: return node.number.toString();
    case Op::Boolean: return ScoreValue::ofBool(node.boolean).toString();
    case Op::Code: return node.name;
    default: break;
    }
    QStringList parts;
    for (const Node& operand : node.operands)
        parts.append(describe(operand));
    return functionName(node.op) + u'(' + parts.join(u',') + u')';
}

} // namespace chibo
