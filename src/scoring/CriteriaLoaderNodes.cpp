// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderNodes.h"

#include "core/EnumCodes.h"
#include "scoring/MetricCatalog.h"

namespace chibo {

namespace {

using Type = CriteriaLoaderValue::Type;

enum class Arity { Leaf, Single, Exactly, AtLeast };

struct OpSpec {
    const char16_t* key;
    Node::Op op;
    Arity arity;
    int count;
};

constexpr OpSpec kOps[] = {
    {u"metric", Node::Op::Metric, Arity::Leaf, 0},
    {u"param", Node::Op::Param, Arity::Leaf, 0},
    {u"indicator", Node::Op::Indicator, Arity::Leaf, 0},
    {u"value", Node::Op::Value, Arity::Leaf, 0},
    {u"points_of", Node::Op::PointsOf, Arity::Leaf, 0},
    {u"total", Node::Op::Total, Arity::Leaf, 0},
    {u"results", Node::Op::Results, Arity::Leaf, 0},
    {u"grade_at_least", Node::Op::GradeAtLeast, Arity::Leaf, 0},
    {u"sum", Node::Op::Sum, Arity::AtLeast, 1},
    {u"min", Node::Op::Min, Arity::AtLeast, 1},
    {u"max", Node::Op::Max, Arity::AtLeast, 1},
    {u"diff", Node::Op::Diff, Arity::Exactly, 2},
    {u"product", Node::Op::Product, Arity::Exactly, 2},
    {u"ratio", Node::Op::Ratio, Arity::Exactly, 2},
    {u"if", Node::Op::If, Arity::Exactly, 3},
    {u"all", Node::Op::All, Arity::AtLeast, 1},
    {u"any", Node::Op::Any, Arity::AtLeast, 1},
    {u"not", Node::Op::Not, Arity::Single, 1},
    {u"known", Node::Op::Known, Arity::Single, 1},
    {u"ge", Node::Op::Ge, Arity::Exactly, 2},
    {u"gt", Node::Op::Gt, Arity::Exactly, 2},
    {u"le", Node::Op::Le, Arity::Exactly, 2},
    {u"lt", Node::Op::Lt, Arity::Exactly, 2},
    {u"eq", Node::Op::Eq, Arity::Exactly, 2},
    {u"ne", Node::Op::Ne, Arity::Exactly, 2},
};

const OpSpec* findOp(QStringView key)
{
    for (const OpSpec& spec : kOps) {
        if (key == QStringView(spec.key))
            return &spec;
    }
    return nullptr;
}

QString operatorList()
{
    QStringList keys;
    for (const OpSpec& spec : kOps)
        keys.append(QString::fromUtf16(spec.key));
    return keys.join(QLatin1String(", "));
}

struct OverSpec {
    const char16_t* code;
    ResultsQuery::Over over;
};

constexpr OverSpec kOvers[] = {{u"meetings", ResultsQuery::Over::Meetings},
                               {u"months", ResultsQuery::Over::Months},
                               {u"members", ResultsQuery::Over::Members},
                               {u"subordinates", ResultsQuery::Over::Subordinates}};

struct AggregateSpec {
    const char16_t* code;
    ResultsQuery::Aggregate aggregate;
    bool needsLevel;
};

constexpr AggregateSpec kAggregates[] = {
    {u"count", ResultsQuery::Aggregate::Count, false},
    {u"rated", ResultsQuery::Aggregate::Rated, false},
    {u"count_at_least", ResultsQuery::Aggregate::CountAtLeast, true},
    {u"count_below", ResultsQuery::Aggregate::CountBelow, true},
    {u"share_at_least", ResultsQuery::Aggregate::ShareAtLeast, true},
    {u"count_flagged", ResultsQuery::Aggregate::CountFlagged, false},
    {u"undetermined", ResultsQuery::Aggregate::Undetermined, false},
};

bool overAllowed(ResultsQuery::Over over, SubjectKind subject)
{
    if (over == ResultsQuery::Over::Meetings)
        return subject == SubjectKind::OrganisationMonth || subject == SubjectKind::OrganisationYear;
    return subject == SubjectKind::OrganisationYear;
}

} // namespace

CriteriaLoaderNodes::CriteriaLoaderNodes(CriteriaLoaderContext& context, SubjectKind subject,
                                         const QMap<QString, Rational>& parameters)
    : m_context(context)
    , m_subject(subject)
    , m_parameters(parameters)
{}

std::optional<Node> CriteriaLoaderNodes::readField(const Value& object, const JsonPath& path, QStringView key,
                                                   bool required, bool allowValue)
{
    const Value value = m_context.field(object, path, key, required);
    if (value.isAbsent())
        return std::nullopt;
    const JsonPath child = path / key;
    return read(value, child, allowValue);
}

Node CriteriaLoaderNodes::read(const Value& value, const JsonPath& path, bool allowValue)
{
    if (value.is(Type::Object))
        return readOperator(value, path, allowValue);
    return readLiteral(value, path);
}

Node CriteriaLoaderNodes::readLiteral(const Value& value, const JsonPath& path)
{
    Node node;
    node.pointer = path.pointer();
    if (value.is(Type::Boolean)) {
        node.op = Node::Op::Boolean;
        node.boolean = value.toBool();
    } else if (value.is(Type::String) && !Rational::parse(value.toString())) {
        node.op = Node::Op::Code;
        node.name = value.toString();
        if (node.name.isEmpty())
            m_context.report(path, QStringLiteral("criteria.empty-field"),
                             tr("A code in an expression must not be empty."));
    } else if (value.is(Type::Integer) || value.is(Type::Float) || value.is(Type::String)) {
        node.op = Node::Op::Number;
        node.number = m_context.number(value, path).value_or(Rational());
    } else {
        m_context.report(path, QStringLiteral("criteria.bad-expression"),
                         tr("\"%1\" must be a number, true or false, a code, or an expression object such as "
                            "{\"metric\": …}.")
                             .arg(path.fieldName()));
    }
    return node;
}

Node CriteriaLoaderNodes::readOperator(const Value& value, const JsonPath& path, bool allowValue)
{
    Node node;
    node.pointer = path.pointer();
    const QStringList keys = value.keys();
    if (value.has(u"metric")) {
        node.op = Node::Op::Metric;
        m_context.checkObject(value, path, {QStringLiteral("metric"), QStringLiteral("args")});
        readMetric(node, value, path);
        return node;
    }
    if (keys.size() != 1) {
        m_context.report(
            path, QStringLiteral("criteria.bad-expression"),
            tr("An expression must be an object with exactly one operator, one of: %1.").arg(operatorList()));
        return node;
    }
    const QString& key = keys.first();
    const JsonPath child = path / key;
    const OpSpec* spec = findOp(key);
    if (!spec) {
        m_context.report(child.pointer(), QStringLiteral("criteria.unknown-operator"),
                         tr("Unknown operator \"%1\"; the operators are: %2.").arg(key, operatorList()),
                         JsonLocator::Anchor::Name);
        return node;
    }
    node.op = spec->op;
    const Value operand = value.member(key);
    switch (spec->op) {
    case Node::Op::Param:
    case Node::Op::Indicator: readName(node, operand, child); break;
    case Node::Op::Value:
        if (expectEmptyObject(operand, child) && !allowValue)
            m_context.report(path, QStringLiteral("criteria.misplaced-value"),
                             tr("{\"value\": {}} may only be used in an indicator's \"points\", \"pass\" or "
                                "\"bonus\"."));
        break;
    case Node::Op::Total: expectEmptyObject(operand, child); break;
    case Node::Op::PointsOf: readNames(node, operand, child); break;
    case Node::Op::Results: readResults(node, operand, child); break;
    case Node::Op::GradeAtLeast: readGradeAtLeast(node, operand, child, allowValue); break;
    default:
        if (spec->arity == Arity::Single)
            node.operands.push_back(read(operand, child, allowValue));
        else
            readOperands(node, operand, child, allowValue);
        if (spec->arity != Arity::Single && m_context.checkArray(operand, child)) {
            const qsizetype count = operand.size();
            const bool ok = spec->arity == Arity::Exactly ? count == spec->count : count >= spec->count;
            if (!ok)
                m_context.report(
                    child, QStringLiteral("criteria.operand-count"),
                    spec->arity == Arity::Exactly
                        ? tr("\"%1\" takes exactly %2 operands, not %3.").arg(key).arg(spec->count).arg(count)
                        : tr("\"%1\" takes at least %2 operands.").arg(key).arg(spec->count));
        }
    }
    return node;
}

void CriteriaLoaderNodes::readName(Node& node, const Value& name, const JsonPath& path)
{
    if (!name.is(Type::String) || name.toString().isEmpty()) {
        m_context.wrongType(path, Type::String);
        return;
    }
    node.name = name.toString();
    if (node.op == Node::Op::Param && !m_parameters.contains(node.name))
        m_context.report(path, QStringLiteral("criteria.unknown-parameter"),
                         tr("Unknown parameter \"%1\"; add it to \"parameters\" first.").arg(node.name));
}

void CriteriaLoaderNodes::readOperands(Node& node, const Value& operands, const JsonPath& path,
                                       bool allowValue)
{
    if (!operands.is(Type::Array))
        return; // reported by the caller's checkArray
    for (qsizetype i = 0; i < operands.size(); ++i) {
        const JsonPath item = path / i;
        node.operands.push_back(read(operands.at(i), item, allowValue));
    }
}

bool CriteriaLoaderNodes::expectEmptyObject(const Value& value, const JsonPath& path)
{
    if (value.is(Type::Object) && value.size() == 0)
        return true;
    m_context.report(path, QStringLiteral("criteria.wrong-type"),
                     tr("\"%1\" takes an empty object: {}.").arg(path.fieldName()));
    return false;
}

void CriteriaLoaderNodes::readNames(Node& node, const Value& names, const JsonPath& path)
{
    if (!m_context.checkArray(names, path, true))
        return;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const JsonPath item = path / i;
        if (!names.at(i).is(Type::String) || names.at(i).toString().isEmpty())
            m_context.wrongType(item, Type::String);
        else
            node.names.append(names.at(i).toString());
    }
}

void CriteriaLoaderNodes::readGradeAtLeast(Node& node, const Value& operands, const JsonPath& path,
                                           bool allowValue)
{
    if (!m_context.checkArray(operands, path))
        return;
    if (operands.size() != 2) {
        m_context.report(path, QStringLiteral("criteria.operand-count"),
                         tr("\"grade_at_least\" takes an indicator and a grade code, e.g. [{\"indicator\": "
                            "\"id\"}, \"tot\"]."));
        return;
    }
    const JsonPath first = path / 0;
    const JsonPath second = path / 1;
    node.operands.push_back(read(operands.at(0), first, allowValue));
    if (!operands.at(1).is(Type::String) || operands.at(1).toString().isEmpty())
        m_context.wrongType(second, Type::String);
    else
        node.name = operands.at(1).toString();
}

void CriteriaLoaderNodes::readMetric(Node& node, const Value& object, const JsonPath& path)
{
    const JsonPath namePath = path / u"metric";
    const Value name = object.member(u"metric");
    if (!name.is(Type::String)) {
        m_context.wrongType(namePath, Type::String);
        return;
    }
    node.name = name.toString();
    const MetricInfo* info = MetricCatalog::find(node.name);
    if (!info) {
        const QString suggestion = MetricCatalog::closest(node.name);
        m_context.report(namePath, QStringLiteral("criteria.unknown-metric"),
                         suggestion.isEmpty()
                             ? tr("Unknown metric \"%1\"; docs/metrics.md lists the metrics.").arg(node.name)
                             : tr("Unknown metric \"%1\"; did you mean \"%2\"?").arg(node.name, suggestion));
        return;
    }
    if (!info->subjects.contains(m_subject))
        m_context.report(namePath, QStringLiteral("criteria.metric-subject"),
                         tr("The metric \"%1\" is not about this file's subject \"%2\".")
                             .arg(node.name, codeOf(m_subject)));
    for (const MetricArg& arg : info->args)
        node.args.insert(arg.name, arg.defaultValue);
    if (const Value args = object.member(u"args"); !args.isAbsent()) {
        const JsonPath argsPath = path / u"args";
        readMetricArgs(node, args, argsPath);
    }
}

void CriteriaLoaderNodes::readMetricArgs(Node& node, const Value& args, const JsonPath& path)
{
    const MetricInfo* info = MetricCatalog::find(node.name);
    if (!args.is(Type::Object)) {
        m_context.wrongType(path, Type::Object);
        return;
    }
    const QStringList keys = args.keys();
    for (const QString& key : keys) {
        const JsonPath argPath = path / key;
        const auto arg = std::find_if(info->args.cbegin(), info->args.cend(),
                                      [&](const MetricArg& item) { return item.name == key; });
        if (arg == info->args.cend()) {
            QStringList names;
            for (const MetricArg& item : info->args)
                names.append(item.name);
            m_context.report(argPath.pointer(), QStringLiteral("criteria.unknown-argument"),
                             names.isEmpty()
                                 ? tr("The metric \"%1\" takes no argument \"%2\".").arg(node.name, key)
                                 : tr("The metric \"%1\" has no argument \"%2\"; it takes: %3.")
                                       .arg(node.name, key, names.join(QLatin1String(", "))),
                             JsonLocator::Anchor::Name);
            continue;
        }
        const Value value = args.member(key);
        if (arg->isCode) {
            if (value.is(Type::String) && arg->codes.contains(value.toString()))
                node.args.insert(key, value.toString());
            else
                m_context.report(argPath, QStringLiteral("criteria.bad-argument"),
                                 tr("The argument \"%1\" of \"%2\" must be one of: %3.")
                                     .arg(key, node.name, arg->codes.join(QLatin1String(", "))));
            continue;
        }
        const std::optional<qint64> whole = value.is(Type::Integer) ? value.toInteger() : std::nullopt;
        if (whole && *whole >= 0 && *whole <= CriteriaLoaderContext::kMaxMagnitude)
            node.args.insert(key, QString::number(*whole));
        else
            m_context.report(
                argPath, QStringLiteral("criteria.bad-argument"),
                tr("The argument \"%1\" of \"%2\" must be a whole number, 0 or more.").arg(key, node.name));
    }
}

void CriteriaLoaderNodes::readResults(Node& node, const Value& query, const JsonPath& path)
{
    if (!m_context.checkObject(query, path,
                               {QStringLiteral("criteria"), QStringLiteral("over"),
                                QStringLiteral("aggregate"), QStringLiteral("level")}))
        return;
    const Value ids = m_context.field(query, path, u"criteria", true);
    const JsonPath idsPath = path / u"criteria";
    if (!ids.isAbsent() && m_context.checkArray(ids, idsPath, true)) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const JsonPath idPath = idsPath / i;
            if (ids.at(i).is(Type::String) && !ids.at(i).toString().isEmpty())
                node.results.criteriaIds.append(ids.at(i).toString());
            else
                m_context.wrongType(idPath, Type::String);
        }
    }
    readResultsOver(node, query, path);
    const QString aggregate = m_context.text(query, path, u"aggregate", true);
    const auto spec =
        std::find_if(std::begin(kAggregates), std::end(kAggregates),
                     [&](const AggregateSpec& item) { return aggregate == QStringView(item.code); });
    const JsonPath aggregatePath = path / u"aggregate";
    if (!aggregate.isEmpty() && spec == std::end(kAggregates)) {
        m_context.report(aggregatePath, QStringLiteral("criteria.bad-code"),
                         tr("Unknown aggregate \"%1\"; use count, rated, count_at_least, count_below, "
                            "share_at_least, count_flagged or undetermined.")
                             .arg(aggregate));
        return;
    }
    if (spec == std::end(kAggregates))
        return;
    node.results.aggregate = spec->aggregate;
    node.results.level = m_context.text(query, path, u"level", spec->needsLevel);
    const JsonPath levelPath = path / u"level";
    if (!spec->needsLevel && query.has(u"level"))
        m_context.report(levelPath, QStringLiteral("criteria.unused-level"),
                         tr("The aggregate \"%1\" takes no level.").arg(aggregate));
}

void CriteriaLoaderNodes::readResultsOver(Node& node, const Value& query, const JsonPath& path)
{
    const QString over = m_context.text(query, path, u"over", true);
    if (over.isEmpty())
        return;
    const JsonPath overPath = path / u"over";
    const auto spec = std::find_if(std::begin(kOvers), std::end(kOvers),
                                   [&](const OverSpec& item) { return over == QStringView(item.code); });
    if (spec == std::end(kOvers)) {
        m_context.report(
            overPath, QStringLiteral("criteria.bad-code"),
            tr("Unknown \"over\" value \"%1\"; use meetings, months, members or subordinates.").arg(over));
        return;
    }
    node.results.over = spec->over;
    if (!overAllowed(spec->over, m_subject))
        m_context.report(
            overPath, QStringLiteral("criteria.results-over"),
            tr("A file about \"%1\" cannot read results over \"%2\".").arg(codeOf(m_subject), over));
}

} // namespace chibo
