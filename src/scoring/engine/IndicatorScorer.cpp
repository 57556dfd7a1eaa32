// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/IndicatorScorer.h"

#include <QHash>

#include <functional>

namespace chibo {

namespace {

void collectReads(const Node& node, QStringList& out)
{
    if (node.op == Node::Op::Indicator)
        out.append(node.name);
    if (node.op == Node::Op::PointsOf)
        out += node.names;
    for (const Node& operand : node.operands)
        collectReads(operand, out);
}

QStringList readsOf(const Indicator& indicator)
{
    QStringList out;
    for (const std::optional<Node>* node :
         {&indicator.value, &indicator.pointsFormula, &indicator.pass, &indicator.appliesWhen}) {
        if (*node)
            collectReads(**node, out);
    }
    for (const Bonus& bonus : indicator.bonuses)
        collectReads(bonus.when, out);
    return out;
}

std::optional<Rational> bandPoints(const QList<Band>& bands, const Rational& value)
{
    for (const Band& band : bands) {
        if ((!band.from || *band.from <= value) && (!band.to || value < *band.to))
            return band.points;
    }
    return std::nullopt;
}

} // namespace

IndicatorScorer::IndicatorScorer(Evaluator& evaluator, const RatingIndex& ratings)
    : m_eval(evaluator)
    , m_ratings(ratings)
{}

QList<const Indicator*> IndicatorScorer::dependencyOrder(const Criteria& criteria)
{
    QHash<QString, qsizetype> position; // lookups only
    for (qsizetype i = 0; i < criteria.indicators.size(); ++i)
        position.insert(criteria.indicators[i].id, i);
    // 0 = not visited, 1 = visiting, 2 = placed; a cycle (refused by the loader) is cut where it closes.
    QList<int> state(criteria.indicators.size(), 0);
    QList<const Indicator*> order;
    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        if (state[i] != 0)
            return;
        state[i] = 1;
        for (const QString& read : readsOf(criteria.indicators[i])) {
            const qsizetype other = position.value(read, -1);
            if (other >= 0 && other != i)
                visit(other);
        }
        state[i] = 2;
        order.append(&criteria.indicators[i]);
    };
    for (qsizetype i = 0; i < criteria.indicators.size(); ++i)
        visit(i);
    return order;
}

IndicatorScorer::Scored IndicatorScorer::score(const Indicator& indicator)
{
    Scored out;
    IndicatorResult& result = out.result;
    result.id = indicator.id;
    result.label = indicator.label;
    result.legalRef = indicator.legalRef;
    result.scored = indicator.givesPoints();
    result.maxPoints = result.scored ? indicator.maxPoints.value_or(Rational()) : Rational();
    m_eval.setCurrent(indicator.id, ScoreValue::missing());
    if (indicator.appliesWhen) {
        QList<Check> checks;
        const Truth applies = m_eval.truth(*indicator.appliesWhen, checks);
        if (applies != Truth::True) {
            out.applicable = false;
            result.outcome =
                applies == Truth::False ? IndicatorOutcome::NotApplicable : IndicatorOutcome::Missing;
            result.maxPoints = Rational();
            if (applies == Truth::Unknown) {
                out.flags.append(flagFor(QStringLiteral("missing:"), indicator));
                out.flags.last().checks = checks;
                out.points = std::nullopt;
            } else {
                out.points = Rational();
            }
            m_eval.setIndicator(indicator.id, ScoreValue::missing(), out.points);
            return out;
        }
    }
    readValue(indicator, out);
    m_eval.setCurrent(indicator.id, result.value);
    m_eval.setIndicator(indicator.id, result.value, std::nullopt); // its own pass may name it
    scorePoints(indicator, out);
    decideOutcome(indicator, out);
    m_eval.setIndicator(indicator.id, result.value, out.points);
    return out;
}

void IndicatorScorer::readValue(const Indicator& indicator, Scored& out)
{
    if (indicator.input.kind != InputSpec::Kind::None) {
        readRating(indicator, out);
        return;
    }
    if (indicator.value) {
        m_eval.beginTrace();
        out.result.value = m_eval.value(*indicator.value);
        m_eval.takeTrace(out.result.inputs, out.result.records);
    }
    if (out.result.value.isMissing() && indicator.whenMissing == Indicator::WhenMissing::Flag)
        out.flags.append(flagFor(QStringLiteral("missing:"), indicator));
}

void IndicatorScorer::readRating(const Indicator& indicator, Scored& out)
{
    const SubjectRef& subject = m_eval.subject();
    const QString period = subject.kind == SubjectKind::Meeting ? QString() : subject.period;
    const Rating* rating = m_ratings.find(m_eval.criteria().id, indicator.id, subject.id, period);
    if (!rating) {
        out.flags.append(flagFor(QStringLiteral("not-entered:"), indicator));
        return;
    }
    out.result.records.append({QStringLiteral("rating"), rating->id, {}});
    out.result.value = parseRating(indicator.input, rating->value.trimmed());
    if (out.result.value.isMissing()) // not a value the file allows: the rating record shows what was entered
        out.flags.append(flagFor(QStringLiteral("invalid-entry:"), indicator));
}

ScoreValue IndicatorScorer::parseRating(const InputSpec& input, const QString& text) const
{
    switch (input.kind) {
    case InputSpec::Kind::Points: {
        const std::optional<Rational> points = Rational::parse(text);
        if (points && *points >= Rational() && *points <= input.max)
            return ScoreValue::of(*points);
        return ScoreValue::missing();
    }
    case InputSpec::Kind::Grade:
        for (const Level& grade : input.scale) {
            if (grade.code == text)
                return ScoreValue::ofCode(text);
        }
        return ScoreValue::missing();
    case InputSpec::Kind::YesNo:
        if (text == u"yes" || text == u"no")
            return ScoreValue::ofBool(text == u"yes");
        return ScoreValue::missing();
    case InputSpec::Kind::None: break;
    }
    return ScoreValue::missing();
}

std::optional<Rational> IndicatorScorer::basePoints(const Indicator& indicator, const ScoreValue& value)
{
    if (!indicator.bands.isEmpty()) {
        if (value.type != ScoreValue::Type::Number)
            return std::nullopt;
        return bandPoints(indicator.bands, value.number);
    }
    if (indicator.pointsFormula) {
        const ScoreValue points = m_eval.value(*indicator.pointsFormula);
        return points.type == ScoreValue::Type::Number ? std::optional(points.number) : std::nullopt;
    }
    switch (indicator.input.kind) {
    case InputSpec::Kind::Points:
        return value.type == ScoreValue::Type::Number ? std::optional(value.number) : std::nullopt;
    case InputSpec::Kind::YesNo:
        if (value.type != ScoreValue::Type::Boolean || !indicator.maxPoints)
            return std::nullopt;
        return value.boolean ? *indicator.maxPoints : Rational();
    case InputSpec::Kind::Grade: {
        const auto found = indicator.input.gradePoints.constFind(value.code);
        if (found == indicator.input.gradePoints.cend())
            return std::nullopt;
        return *found;
    }
    case InputSpec::Kind::None: break;
    }
    return std::nullopt;
}

void IndicatorScorer::scorePoints(const Indicator& indicator, Scored& out)
{
    if (!indicator.givesPoints())
        return;
    const ScoreValue& value = out.result.value;
    if (value.isMissing()) {
        switch (indicator.whenMissing) {
        case Indicator::WhenMissing::Flag: out.points = std::nullopt; break;
        case Indicator::WhenMissing::NoPoints: out.points = Rational(); break;
        case Indicator::WhenMissing::FullPoints: out.points = indicator.maxPoints.value_or(Rational()); break;
        }
        out.result.points = out.points.value_or(Rational());
        return;
    }
    std::optional<Rational> points = basePoints(indicator, value);
    for (const Bonus& bonus : indicator.bonuses) {
        QList<Check> checks;
        const Truth earned = m_eval.truth(bonus.when, checks);
        if (earned == Truth::True && points)
            points = *points + bonus.points;
        if (earned == Truth::Unknown) // the bonus may or may not be due: a person decides
            out.flags.append({bonus.id, bonus.label, bonus.legalRef, checks});
    }
    if (points && indicator.maxPoints)
        points = std::min(*points, *indicator.maxPoints);
    if (!points && out.flags.isEmpty())
        out.flags.append(flagFor(QStringLiteral("missing:"), indicator));
    out.points = points;
    out.result.points = points.value_or(Rational());
}

void IndicatorScorer::decideOutcome(const Indicator& indicator, Scored& out)
{
    IndicatorResult& result = out.result;
    Truth passed = Truth::Unknown;
    if (indicator.pass)
        passed = m_eval.truth(*indicator.pass, result.passChecks);
    if (result.value.isMissing())
        result.outcome = IndicatorOutcome::Missing;
    else if (!indicator.pass)
        result.outcome = IndicatorOutcome::Info;
    else if (passed == Truth::Unknown)
        result.outcome = IndicatorOutcome::Missing;
    else
        result.outcome = passed == Truth::True ? IndicatorOutcome::Pass : IndicatorOutcome::Fail;
}

Flag IndicatorScorer::flagFor(const QString& prefix, const Indicator& indicator)
{
    return {prefix + indicator.id, indicator.label, indicator.legalRef, {}};
}

} // namespace chibo
