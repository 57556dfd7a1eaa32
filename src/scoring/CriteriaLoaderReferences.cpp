// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderReferences.h"

#include "scoring/CriteriaLoaderBands.h"
#include "scoring/MetricCatalog.h"

#include <vector>

namespace chibo {

namespace {

struct Edge {
    qsizetype to = -1;
    QString pointer; ///< the node that makes the reference
};

constexpr int kMaxTypingDepth = 64; // deeper chains of indicators are typed as unknown, not recursed into

bool isComparison(Node::Op op)
{
    return op == Node::Op::Ge || op == Node::Op::Gt || op == Node::Op::Le || op == Node::Op::Lt ||
           op == Node::Op::Eq || op == Node::Op::Ne;
}

/// The indicators `node` reads, as edges from the indicator `self` (index); `allowSelf` keeps a
/// reference to itself (in `value` it is a cycle; in `pass` or `points` it is the indicator's own value).
void collectEdges(const Node& node, const Criteria& criteria, qsizetype self, bool allowSelf,
                  QList<Edge>& edges)
{
    const auto add = [&](const QString& id) {
        for (qsizetype i = 0; i < criteria.indicators.size(); ++i) {
            if (criteria.indicators[i].id == id && (i != self || allowSelf))
                edges.append(Edge{i, node.pointer});
        }
    };
    if (node.op == Node::Op::Indicator)
        add(node.name);
    for (const QString& id : node.names)
        add(id);
    if (node.op == Node::Op::Total) {
        for (qsizetype i = 0; i < criteria.indicators.size(); ++i) {
            if (i != self && criteria.indicators[i].givesPoints())
                edges.append(Edge{i, node.pointer});
        }
    }
    for (const Node& operand : node.operands)
        collectEdges(operand, criteria, self, allowSelf, edges);
}

QList<Edge> edgesOf(const Criteria& criteria, qsizetype index)
{
    const Indicator& indicator = criteria.indicators[index];
    QList<Edge> edges;
    if (indicator.value)
        collectEdges(*indicator.value, criteria, index, true, edges);
    for (const std::optional<Node>* part :
         {&indicator.pointsFormula, &indicator.pass, &indicator.appliesWhen}) {
        if (*part)
            collectEdges(**part, criteria, index, false, edges);
    }
    for (const Bonus& bonus : indicator.bonuses)
        collectEdges(bonus.when, criteria, index, false, edges);
    return edges;
}

} // namespace

CriteriaLoaderReferences::CriteriaLoaderReferences(CriteriaLoaderContext& context, const Criteria& criteria)
    : m_context(context)
    , m_criteria(criteria)
{
    for (const Indicator& indicator : criteria.indicators) {
        if (!indicator.id.isEmpty() && !m_byId.contains(indicator.id))
            m_byId.insert(indicator.id, &indicator);
    }
}

void CriteriaLoaderReferences::check()
{
    checkCycles();
    for (const Indicator& indicator : m_criteria.indicators)
        checkIndicator(indicator);
    checkRules();
}

void CriteriaLoaderReferences::checkIndicator(const Indicator& indicator)
{
    if (indicator.value)
        typeOf(*indicator.value, nullptr);
    if (indicator.pointsFormula)
        expect(*indicator.pointsFormula, &indicator, Kind::Number);
    if (indicator.pass)
        expect(*indicator.pass, &indicator, Kind::Boolean);
    if (indicator.appliesWhen)
        expect(*indicator.appliesWhen, nullptr, Kind::Boolean);
    for (const Bonus& bonus : indicator.bonuses)
        expect(bonus.when, &indicator, Kind::Boolean);
    if (indicator.bands.isEmpty())
        return;
    const QString bandsPointer = indicator.pointer + QStringLiteral("/points/bands");
    const Kind kind = indicatorType(indicator).kind;
    if (kind != Kind::Number && kind != Kind::Unknown) {
        m_context.report(
            bandsPointer, QStringLiteral("criteria.type-mismatch"),
            tr("The indicator \"%1\" has bands of points, but its value is not a number.").arg(indicator.id));
        return;
    }
    CriteriaLoaderBands(m_context).checkDomain(indicator.bands, isShare(indicator), bandsPointer);
}

void CriteriaLoaderReferences::checkRules()
{
    for (const EligibilityRule& rule : m_criteria.eligibility)
        expect(rule.when, nullptr, Kind::Boolean);
    for (const LadderRule& rule : m_criteria.ladder) {
        expect(rule.when, nullptr, Kind::Boolean);
        if (rule.unless)
            expect(*rule.unless, nullptr, Kind::Boolean);
    }
    for (const Cap& cap : m_criteria.caps)
        expect(cap.when, nullptr, Kind::Boolean);
    for (const FlagRule& flag : m_criteria.flags)
        expect(flag.when, nullptr, Kind::Boolean);
}

void CriteriaLoaderReferences::expect(const Node& node, const Indicator* current, Kind wanted)
{
    const Kind actual = typeOf(node, current).kind;
    const bool fits =
        actual == wanted || actual == Kind::Unknown || (wanted == Kind::Code && actual == Kind::Grade);
    if (!fits)
        mismatch(node, wanted, actual);
}

void CriteriaLoaderReferences::mismatch(const Node& node, Kind wanted, Kind actual)
{
    if (!m_reporting || node.pointer.isEmpty())
        return;
    const auto name = [](Kind kind) {
        switch (kind) {
        case Kind::Number: return tr("a number");
        case Kind::Boolean: return tr("a condition (true or false)");
        case Kind::Code:
        case Kind::Grade: return tr("a code");
        case Kind::Unknown: break;
        }
        return tr("a value");
    };
    m_context.report(node.pointer, QStringLiteral("criteria.type-mismatch"),
                     tr("This gives %1, but %2 is needed here.").arg(name(actual), name(wanted)));
}

const Indicator* CriteriaLoaderReferences::resolve(const QString& id, const QString& pointer)
{
    const Indicator* found = m_byId.value(id, nullptr);
    if (!found && m_reporting) {
        m_context.report(
            pointer, QStringLiteral("criteria.unknown-indicator"),
            tr("Unknown indicator \"%1\"; it must be the id of an indicator of this file.").arg(id));
    }
    return found;
}

CriteriaLoaderReferences::Typed CriteriaLoaderReferences::typeOf(const Node& node, const Indicator* current)
{
    switch (node.op) {
    case Node::Op::Number:
    case Node::Op::Param:
    case Node::Op::Total:
    case Node::Op::Results: return {Kind::Number};
    case Node::Op::Boolean: return {Kind::Boolean};
    case Node::Op::Code: return {Kind::Code};
    case Node::Op::Metric: {
        const MetricInfo* info = MetricCatalog::find(node.name);
        if (!info)
            return {};
        return {info->type == MetricInfo::Type::Flag ? Kind::Boolean : Kind::Number};
    }
    case Node::Op::Indicator: {
        const Indicator* target = resolve(node.name, node.pointer);
        return target ? indicatorType(*target) : Typed{};
    }
    case Node::Op::Value: return current ? indicatorType(*current) : Typed{};
    case Node::Op::PointsOf:
        for (const QString& id : node.names) {
            const Indicator* target = resolve(id, node.pointer);
            if (target && !target->givesPoints() && m_reporting)
                m_context.report(node.pointer, QStringLiteral("criteria.no-points"),
                                 tr("The indicator \"%1\" gives no points to add up.").arg(id));
        }
        return {Kind::Number};
    case Node::Op::If: {
        if (node.operands.size() != 3)
            return {};
        expect(node.operands[0], current, Kind::Boolean);
        const Typed then = typeOf(node.operands[1], current);
        const Typed otherwise = typeOf(node.operands[2], current);
        if (then.kind != Kind::Unknown && otherwise.kind != Kind::Unknown && then.kind != otherwise.kind)
            mismatch(node.operands[2], then.kind, otherwise.kind);
        return then.kind == Kind::Unknown ? otherwise : then;
    }
    case Node::Op::All:
    case Node::Op::Any:
    case Node::Op::Not:
        for (const Node& operand : node.operands)
            expect(operand, current, Kind::Boolean);
        return {Kind::Boolean};
    case Node::Op::Known:
        for (const Node& operand : node.operands)
            typeOf(operand, current);
        return {Kind::Boolean};
    case Node::Op::GradeAtLeast: return typeOfGradeAtLeast(node, current);
    default: break;
    }
    if (isComparison(node.op))
        return typeOfComparison(node, current);
    for (const Node& operand : node.operands) // sum, diff, product, ratio, min, max
        expect(operand, current, Kind::Number);
    return {Kind::Number};
}

CriteriaLoaderReferences::Typed CriteriaLoaderReferences::typeOfComparison(const Node& node,
                                                                           const Indicator* current)
{
    if (node.operands.size() != 2)
        return {Kind::Boolean};
    if (node.op != Node::Op::Eq && node.op != Node::Op::Ne) {
        expect(node.operands[0], current, Kind::Number);
        expect(node.operands[1], current, Kind::Number);
        return {Kind::Boolean};
    }
    const Typed left = typeOf(node.operands[0], current);
    const Typed right = typeOf(node.operands[1], current);
    const auto codeLike = [](Kind kind) {
        return kind == Kind::Code || kind == Kind::Grade;
    };
    if (left.kind == Kind::Unknown || right.kind == Kind::Unknown)
        return {Kind::Boolean};
    if (codeLike(left.kind) && codeLike(right.kind)) {
        if (left.grade && node.operands[1].op == Node::Op::Code)
            checkCode(node.operands[1], *left.grade);
        if (right.grade && node.operands[0].op == Node::Op::Code)
            checkCode(node.operands[0], *right.grade);
    } else if (left.kind != right.kind) {
        mismatch(node.operands[1], left.kind, right.kind);
    }
    return {Kind::Boolean};
}

CriteriaLoaderReferences::Typed CriteriaLoaderReferences::typeOfGradeAtLeast(const Node& node,
                                                                             const Indicator* current)
{
    if (node.operands.size() != 1)
        return {Kind::Boolean};
    const Node& operand = node.operands[0];
    const Typed typed = typeOf(operand, current);
    if (operand.op != Node::Op::Indicator && operand.op != Node::Op::Value && m_reporting) {
        m_context.report(
            operand.pointer, QStringLiteral("criteria.type-mismatch"),
            tr("\"grade_at_least\" compares the grade of an indicator: write {\"indicator\": \"id\"}."));
    } else if (typed.kind == Kind::Grade && typed.grade) {
        Node code;
        code.name = node.name;
        code.pointer = node.pointer + QStringLiteral("/1");
        checkCode(code, *typed.grade);
    } else if (typed.kind != Kind::Unknown && m_reporting) {
        m_context.report(operand.pointer, QStringLiteral("criteria.type-mismatch"),
                         tr("\"grade_at_least\" needs an indicator entered as a grade."));
    }
    return {Kind::Boolean};
}

void CriteriaLoaderReferences::checkCode(const Node& code, const Indicator& grade)
{
    const QList<Level>& scale = grade.input.scale;
    const bool onScale = std::any_of(scale.cbegin(), scale.cend(),
                                     [&](const Level& level) { return level.code == code.name; });
    if (onScale || !m_reporting)
        return;
    QStringList codes;
    for (const Level& level : scale)
        codes.append(level.code);
    m_context.report(code.pointer, QStringLiteral("criteria.unknown-grade"),
                     tr("\"%1\" is not a grade of the indicator \"%2\"; its grades are: %3.")
                         .arg(code.name, grade.id, codes.join(QLatin1String(", "))));
}

CriteriaLoaderReferences::Typed CriteriaLoaderReferences::indicatorType(const Indicator& indicator)
{
    switch (indicator.input.kind) {
    case InputSpec::Kind::Points: return {Kind::Number};
    case InputSpec::Kind::Grade: return {Kind::Grade, &indicator};
    case InputSpec::Kind::YesNo: return {Kind::Boolean};
    case InputSpec::Kind::None: break;
    }
    if (const auto known = m_types.constFind(&indicator); known != m_types.cend())
        return *known;
    if (!indicator.value || m_typing.contains(&indicator) || m_typingDepth >= kMaxTypingDepth)
        return {};
    // Typing another indicator's value must not report its problems here: they are reported once,
    // when that indicator itself is checked.
    const bool reporting = std::exchange(m_reporting, false);
    m_typing.insert(&indicator);
    ++m_typingDepth;
    const Typed typed = typeOf(*indicator.value, nullptr);
    --m_typingDepth;
    m_typing.remove(&indicator);
    m_reporting = reporting;
    m_types.insert(&indicator, typed);
    return typed;
}

bool CriteriaLoaderReferences::isShare(const Indicator& indicator, int depth) const
{
    if (!indicator.value || depth > kMaxTypingDepth)
        return false;
    const Node& value = *indicator.value;
    if (value.op == Node::Op::Metric) {
        const MetricInfo* info = MetricCatalog::find(value.name);
        return info && info->type == MetricInfo::Type::Share;
    }
    if (value.op == Node::Op::Results)
        return value.results.aggregate == ResultsQuery::Aggregate::ShareAtLeast;
    if (value.op == Node::Op::Indicator) {
        const Indicator* target = m_byId.value(value.name, nullptr);
        return target && target != &indicator && isShare(*target, depth + 1);
    }
    return false;
}

void CriteriaLoaderReferences::checkCycles()
{
    // Iterative depth-first search: a file may hold many indicators, and recursion must not depend on it.
    const qsizetype count = m_criteria.indicators.size();
    QList<QList<Edge>> edges;
    edges.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        edges.append(edgesOf(m_criteria, i));
    enum Colour : char { White, Grey, Black };
    std::vector<Colour> colour(std::size_t(count), White);
    for (qsizetype start = 0; start < count; ++start) {
        if (colour[std::size_t(start)] != White)
            continue;
        std::vector<std::pair<qsizetype, qsizetype>> stack{{start, 0}}; // indicator, next edge
        colour[std::size_t(start)] = Grey;
        while (!stack.empty()) {
            auto& [at, next] = stack.back();
            if (next == edges[at].size()) {
                colour[std::size_t(at)] = Black;
                stack.pop_back();
                continue;
            }
            const Edge& edge = edges[at][next++];
            if (colour[std::size_t(edge.to)] == White) {
                colour[std::size_t(edge.to)] = Grey;
                stack.emplace_back(edge.to, 0);
            } else if (colour[std::size_t(edge.to)] == Grey) {
                QStringList path;
                const auto from = std::find_if(stack.cbegin(), stack.cend(),
                                               [&](const auto& item) { return item.first == edge.to; });
                for (auto item = from; item != stack.cend(); ++item)
                    path.append(m_criteria.indicators[item->first].id);
                path.append(m_criteria.indicators[edge.to].id);
                m_context.report(
                    edge.pointer, QStringLiteral("criteria.indicator-cycle"),
                    tr("Indicators read each other in a cycle: %1.").arg(path.join(QStringLiteral(" → "))));
            }
        }
    }
}

} // namespace chibo
