// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaLoaderIndicators.h"

namespace chibo {

namespace {

using Type = CriteriaLoaderValue::Type;

const QStringList& indicatorKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),           QStringLiteral("label"),        QStringLiteral("legal_ref"),
        QStringLiteral("value"),        QStringLiteral("input"),        QStringLiteral("points"),
        QStringLiteral("max_points"),   QStringLiteral("bonus"),        QStringLiteral("pass"),
        QStringLiteral("applies_when"), QStringLiteral("when_missing"), QStringLiteral("note")};
    return keys;
}

} // namespace

QList<Indicator> CriteriaLoaderIndicators::read(const Value& indicators, const JsonPath& path)
{
    QList<Indicator> result;
    if (indicators.isAbsent() || !m_context.checkArray(indicators, path))
        return result;
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const JsonPath item = path / i;
        result.append(readOne(indicators.at(i), item));
    }
    return result;
}

Indicator CriteriaLoaderIndicators::readOne(const Value& object, const JsonPath& path)
{
    Indicator indicator;
    indicator.pointer = path.pointer();
    if (!m_context.checkObject(object, path, indicatorKeys()))
        return indicator;
    indicator.id = m_context.identifier(object, path, u"id");
    const JsonPath idPath = path / u"id";
    m_context.claimId(indicator.id, idPath);
    indicator.label = m_context.label(object, path, u"label", true);
    indicator.legalRef = m_context.text(object, path, u"legal_ref", true);
    indicator.note = m_context.label(object, path, u"note", false);
    readSource(indicator, object, path);
    readPoints(indicator, object, path);
    indicator.maxPoints = m_context.numberField(object, path, u"max_points", false);
    if (const Value bonuses = object.member(u"bonus"); !bonuses.isAbsent()) {
        const JsonPath bonusPath = path / u"bonus";
        readBonuses(indicator, bonuses, bonusPath);
    }
    indicator.pass = m_nodes.readField(object, path, u"pass", false, true);
    indicator.appliesWhen = m_nodes.readField(object, path, u"applies_when", false, false);
    readWhenMissing(indicator, object, path);
    const bool scored = !indicator.bands.isEmpty() || indicator.pointsFormula ||
                        !indicator.bonuses.isEmpty() || !indicator.input.gradePoints.isEmpty();
    if (scored && !object.has(u"max_points")) {
        const JsonPath maxPath = path / u"max_points";
        m_context.report(
            maxPath, QStringLiteral("criteria.max-points-missing"),
            tr("The indicator \"%1\" gives points, so it needs \"max_points\".").arg(indicator.id));
    }
    return indicator;
}

void CriteriaLoaderIndicators::readSource(Indicator& indicator, const Value& object, const JsonPath& path)
{
    const bool hasValue = object.has(u"value");
    const bool hasInput = object.has(u"input");
    if (hasValue == hasInput) {
        m_context.report(path, QStringLiteral("criteria.value-or-input"),
                         hasValue
                             ? tr("The indicator \"%1\" has both \"value\" and \"input\"; give exactly one.")
                                   .arg(indicator.id)
                             : tr("The indicator \"%1\" needs either \"value\" (computed) or \"input\" "
                                  "(entered).")
                                   .arg(indicator.id));
    }
    indicator.value = m_nodes.readField(object, path, u"value", false, false);
    if (hasInput) {
        const JsonPath inputPath = path / u"input";
        readInput(indicator, object.member(u"input"), inputPath);
    }
}

void CriteriaLoaderIndicators::readInput(Indicator& indicator, const Value& input, const JsonPath& path)
{
    if (!input.is(Type::Object)) {
        m_context.wrongType(path, Type::Object);
        return;
    }
    const QString kind = m_context.text(input, path, u"kind", true);
    InputSpec& spec = indicator.input;
    if (kind == u"points") {
        spec.kind = InputSpec::Kind::Points;
        m_context.checkObject(input, path, {QStringLiteral("kind"), QStringLiteral("max")});
        const std::optional<Rational> max = m_context.numberField(input, path, u"max", true);
        const JsonPath maxPath = path / u"max";
        if (max && *max <= Rational(0))
            m_context.report(maxPath, QStringLiteral("criteria.bad-number"),
                             tr("The largest points a person may enter must be above 0."));
        spec.max = max.value_or(Rational());
    } else if (kind == u"grade") {
        spec.kind = InputSpec::Kind::Grade;
        m_context.checkObject(input, path, {QStringLiteral("kind"), QStringLiteral("scale")});
        const JsonPath scalePath = path / u"scale";
        const Value scale = m_context.field(input, path, u"scale", true);
        if (!scale.isAbsent())
            readScale(indicator, scale, scalePath);
    } else if (kind == u"yes_no") {
        spec.kind = InputSpec::Kind::YesNo;
        m_context.checkObject(input, path, {QStringLiteral("kind")});
    } else if (!kind.isEmpty()) {
        const JsonPath kindPath = path / u"kind";
        m_context.report(kindPath, QStringLiteral("criteria.bad-code"),
                         tr("Unknown input kind \"%1\"; use points, grade or yes_no.").arg(kind));
    }
}

void CriteriaLoaderIndicators::readScale(Indicator& indicator, const Value& scale, const JsonPath& path)
{
    if (!m_context.checkArray(scale, path, true))
        return;
    int withPoints = 0;
    for (qsizetype i = 0; i < scale.size(); ++i) {
        const JsonPath item = path / i;
        const Value grade = scale.at(i);
        if (!m_context.checkObject(
                grade, item, {QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("points")}))
            continue;
        Level level{m_context.code(grade, item, u"code", true), m_context.label(grade, item, u"label", true)};
        const JsonPath codePath = item / u"code";
        if (std::any_of(indicator.input.scale.cbegin(), indicator.input.scale.cend(),
                        [&](const Level& other) { return other.code == level.code; }))
            m_context.report(codePath, QStringLiteral("criteria.duplicate-id"),
                             tr("The grade \"%1\" is listed twice on the scale.").arg(level.code));
        if (const auto points = m_context.numberField(grade, item, u"points", false)) {
            indicator.input.gradePoints.insert(level.code, *points);
            ++withPoints;
        }
        indicator.input.scale.append(level);
    }
    if (withPoints != 0 && withPoints != scale.size())
        m_context.report(path, QStringLiteral("criteria.grade-points"),
                         tr("Either every grade of the scale gives \"points\" or none does."));
}

void CriteriaLoaderIndicators::readPoints(Indicator& indicator, const Value& object, const JsonPath& path)
{
    const Value points = object.member(u"points");
    if (points.isAbsent())
        return;
    const JsonPath pointsPath = path / u"points";
    if (points.is(Type::Object) && points.has(u"bands")) {
        m_context.checkObject(points, pointsPath, {QStringLiteral("bands")});
        const JsonPath bandsPath = pointsPath / u"bands";
        indicator.bands = m_bands.read(points.member(u"bands"), bandsPath);
        return;
    }
    indicator.pointsFormula = m_nodes.read(points, pointsPath, true);
}

void CriteriaLoaderIndicators::readBonuses(Indicator& indicator, const Value& bonuses, const JsonPath& path)
{
    if (!m_context.checkArray(bonuses, path))
        return;
    for (qsizetype i = 0; i < bonuses.size(); ++i) {
        const JsonPath item = path / i;
        const Value object = bonuses.at(i);
        if (!m_context.checkObject(object, item,
                                   {QStringLiteral("id"), QStringLiteral("label"),
                                    QStringLiteral("legal_ref"), QStringLiteral("when"),
                                    QStringLiteral("points")}))
            continue;
        Bonus bonus;
        bonus.id = m_context.identifier(object, item, u"id");
        const JsonPath idPath = item / u"id";
        m_context.claimId(bonus.id, idPath);
        bonus.label = m_context.label(object, item, u"label", true);
        bonus.legalRef = m_context.text(object, item, u"legal_ref", true);
        bonus.when = m_nodes.readField(object, item, u"when", true, true).value_or(Node());
        bonus.points = m_context.numberField(object, item, u"points", true).value_or(Rational());
        indicator.bonuses.append(bonus);
    }
}

void CriteriaLoaderIndicators::readWhenMissing(Indicator& indicator, const Value& object,
                                               const JsonPath& path)
{
    const QString whenMissing = m_context.text(object, path, u"when_missing", false);
    if (whenMissing.isEmpty() || whenMissing == u"flag")
        indicator.whenMissing = Indicator::WhenMissing::Flag;
    else if (whenMissing == u"no_points")
        indicator.whenMissing = Indicator::WhenMissing::NoPoints;
    else if (whenMissing == u"full_points")
        indicator.whenMissing = Indicator::WhenMissing::FullPoints;
    else {
        const JsonPath itemPath = path / u"when_missing";
        m_context.report(itemPath, QStringLiteral("criteria.bad-code"),
                         tr("Unknown \"when_missing\" value \"%1\"; use flag, no_points or full_points.")
                             .arg(whenMissing));
    }
}

} // namespace chibo
