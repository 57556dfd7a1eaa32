// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/criteria/ConditionText.h"

#include <QLocale>
#include <QStringList>

namespace chibo {

namespace {

QString comparison(Node::Op op)
{
    switch (op) {
    case Node::Op::Ge: return QStringLiteral(" ≥ ");
    case Node::Op::Gt: return QStringLiteral(" > ");
    case Node::Op::Le: return QStringLiteral(" ≤ ");
    case Node::Op::Lt: return QStringLiteral(" < ");
    case Node::Op::Eq: return QStringLiteral(" = ");
    case Node::Op::Ne: return QStringLiteral(" ≠ ");
    default: return {};
    }
}

QString arithmetic(Node::Op op)
{
    switch (op) {
    case Node::Op::Sum: return QStringLiteral(" + ");
    case Node::Op::Diff: return QStringLiteral(" − ");
    case Node::Op::Product: return QStringLiteral(" × ");
    case Node::Op::Ratio: return QStringLiteral(" ÷ ");
    default: return {};
    }
}

QString metric(const Node& node)
{
    if (node.args.isEmpty())
        return node.name;
    QStringList args;
    for (auto it = node.args.cbegin(); it != node.args.cend(); ++it)
        args.append(it.key() + u'=' + it.value());
    return node.name + u'(' + args.join(QStringLiteral(", ")) + u')';
}

} // namespace

QString ConditionText::number(const Rational& value)
{
    const QLocale locale;
    if (value.isInteger())
        return locale.toString(value.numerator());
    const QString point = QString(locale.decimalPoint());
    if (value > Rational(0) && value <= Rational(1))
        return tr("%1 %").arg(value.toPercent(2).replace(u'.', point));
    return value.toDecimal(2).replace(u'.', point);
}

QString ConditionText::operands(const Node& node, const Criteria& file, const QString& separator)
{
    QStringList parts;
    for (const Node& operand : node.operands)
        parts.append(of(operand, file));
    return parts.join(separator);
}

QString ConditionText::results(const ResultsQuery& query)
{
    QString over;
    switch (query.over) {
    case ResultsQuery::Over::Meetings: over = tr("meetings"); break;
    case ResultsQuery::Over::Members: over = tr("members"); break;
    case ResultsQuery::Over::Subordinates: over = tr("subordinate organisations"); break;
    case ResultsQuery::Over::Months: over = tr("months"); break;
    }
    const QString ids = query.criteriaIds.join(QStringLiteral(" | "));
    const QString level = query.level.toUpper();
    switch (query.aggregate) {
    case ResultsQuery::Aggregate::Count: return tr("number of %1 with results of %2").arg(over, ids);
    case ResultsQuery::Aggregate::Rated: return tr("number of %1 rated by %2").arg(over, ids);
    case ResultsQuery::Aggregate::CountAtLeast:
        return tr("number of %1 at %2 or better in %3").arg(over, level, ids);
    case ResultsQuery::Aggregate::CountBelow: return tr("number of %1 below %2 in %3").arg(over, level, ids);
    case ResultsQuery::Aggregate::ShareAtLeast:
        return tr("share of %1 at %2 or better in %3").arg(over, level, ids);
    case ResultsQuery::Aggregate::CountFlagged: return tr("number of %1 flagged in %2").arg(over, ids);
    case ResultsQuery::Aggregate::Undetermined:
        return tr("number of %1 without a level in %2").arg(over, ids);
    }
    return ids;
}

QString ConditionText::of(const Node& node, const Criteria& file)
{
    switch (node.op) {
    case Node::Op::Number: return number(node.number);
    case Node::Op::Boolean: return node.boolean ? tr("yes") : tr("no");
    case Node::Op::Code: return node.name;
    case Node::Op::Param: {
        const auto value = file.parameters.constFind(node.name);
        return value == file.parameters.cend() ? node.name : tr("%1 (%2)").arg(node.name, number(*value));
    }
    case Node::Op::Metric: return metric(node);
    case Node::Op::Indicator: return u'[' + node.name + u']';
    case Node::Op::PointsOf: return tr("points of %1").arg(node.names.join(QStringLiteral(", ")));
    case Node::Op::Total: return tr("total points");
    case Node::Op::Value: return tr("the value");
    case Node::Op::Results: return results(node.results);
    case Node::Op::Sum:
    case Node::Op::Diff:
    case Node::Op::Product:
    case Node::Op::Ratio: return u'(' + operands(node, file, arithmetic(node.op)) + u')';
    case Node::Op::Min: return tr("min(%1)").arg(operands(node, file, QStringLiteral(", ")));
    case Node::Op::Max: return tr("max(%1)").arg(operands(node, file, QStringLiteral(", ")));
    case Node::Op::If:
        if (node.operands.size() == 3) {
            return tr("if %1 then %2 else %3")
                .arg(of(node.operands[0], file), of(node.operands[1], file), of(node.operands[2], file));
        }
        return {};
    case Node::Op::All: return u'(' + operands(node, file, tr(" and ")) + u')';
    case Node::Op::Any: return u'(' + operands(node, file, tr(" or ")) + u')';
    case Node::Op::Not: return tr("not %1").arg(operands(node, file, QString()));
    case Node::Op::Ge:
    case Node::Op::Gt:
    case Node::Op::Le:
    case Node::Op::Lt:
    case Node::Op::Eq:
    case Node::Op::Ne: return operands(node, file, comparison(node.op));
    case Node::Op::GradeAtLeast:
        return tr("%1 at least “%2”").arg(operands(node, file, QString()), node.name);
    case Node::Op::Known: return tr("%1 is known").arg(operands(node, file, QString()));
    }
    return {};
}

} // namespace chibo
