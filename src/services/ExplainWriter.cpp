// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExplainWriter.h"

#include "core/EnumCodes.h"
#include "scoring/MetricCatalog.h"

#include <algorithm>

namespace chibo {

namespace {

const QString indent = QStringLiteral("    ");

QString truthMark(Truth truth)
{
    switch (truth) {
    case Truth::True: return QStringLiteral("✔");
    case Truth::False: return QStringLiteral("✘");
    case Truth::Unknown: return QStringLiteral("?");
    }
    return {};
}

QString withRef(const QString& text, const QString& legalRef)
{
    return legalRef.isEmpty() ? text : text + QStringLiteral(" [") + legalRef + u']';
}

} // namespace

ExplainWriter::ExplainWriter(const CriteriaSet& criteria, const SubjectNames& names, bool english)
    : m_criteria(criteria)
    , m_names(names)
    , m_english(english)
{}

const Criteria* ExplainWriter::criteriaOf(const ScoreCard& card) const
{
    const auto& files = m_criteria.files();
    const auto found = std::find_if(files.cbegin(), files.cend(), [&](const Criteria& file) {
        return file.id == card.criteriaId && file.version == card.criteriaVersion;
    });
    return found == files.cend() ? nullptr : &*found;
}

QString ExplainWriter::levelLabel(const ScoreCard& card, const QString& code) const
{
    if (code.isEmpty())
        return tr("no level proposed");
    if (const Criteria* file = criteriaOf(card)) {
        for (const Level& level : file->levels) {
            if (level.code == code)
                return level.label.pick(m_english) + QStringLiteral(" (") + code + u')';
        }
    }
    return code;
}

QString ExplainWriter::headline(const ScoreCard& card) const
{
    QString line = m_names.of(card.subjectId);
    if (!card.rated) {
        const auto reason = std::find_if(card.reasons.cbegin(), card.reasons.cend(),
                                         [](const Reason& r) { return r.kind == Reason::Kind::NotRated; });
        const QString why = reason == card.reasons.cend() ? QString() : reason->label.pick(m_english);
        return line + QStringLiteral(" — ") + tr("not rated: %1").arg(why);
    }
    line += QStringLiteral(" — ") + levelLabel(card, card.level);
    if (card.hasPoints)
        line += QStringLiteral(" — ") +
                tr("%1/%2 points")
                    .arg(valueText(ScoreValue::of(card.total)), valueText(ScoreValue::of(card.maxTotal)));
    if (card.needsDecision())
        line += QStringLiteral(" — ") + tr("needs a decision");
    return line;
}

QString ExplainWriter::valueText(const ScoreValue& value) const
{
    switch (value.type) {
    case ScoreValue::Type::Missing: return tr("missing");
    case ScoreValue::Type::Boolean: return value.boolean ? tr("yes") : tr("no");
    case ScoreValue::Type::Code: return value.code;
    case ScoreValue::Type::Number: break;
    }
    const Rational number = value.number;
    if (number.isInteger())
        return number.toString();
    if (number > Rational(0) && number < Rational(1))
        return number.toString() + QStringLiteral(" (") + number.toPercent() + QStringLiteral(" %)");
    return number.toDecimal(2);
}

QString ExplainWriter::whatText(const ScoreCard& card, const QString& what) const
{
    const qsizetype colon = what.indexOf(u':');
    const QString kind = colon < 0 ? what : what.left(colon);
    const QString name = colon < 0 ? QString() : what.mid(colon + 1);
    if (kind == u"indicator" || kind == u"points") {
        const auto found = std::find_if(card.indicators.cbegin(), card.indicators.cend(),
                                        [&](const IndicatorResult& item) { return item.id == name; });
        const QString label = found == card.indicators.cend() ? name : found->label.pick(m_english);
        return kind == u"points" ? tr("points for “%1”").arg(label) : label;
    }
    if (kind == u"metric")
        return MetricCatalog::describe(name);
    if (kind == u"total")
        return tr("total points");
    if (kind == u"param")
        return tr("parameter %1").arg(name);
    if (kind == u"results")
        return tr("results of %1").arg(name);
    return what;
}

QString ExplainWriter::checkText(const ScoreCard& card, const Check& check) const
{
    return QStringLiteral("%1 %2: %3 %4 %5")
        .arg(truthMark(check.result), whatText(card, check.what), valueText(check.actual), check.op,
             valueText(check.expected));
}

QString ExplainWriter::recordsText(const QList<RecordRef>& records) const
{
    QStringList parts;
    const qsizetype shown = std::min<qsizetype>(records.size(), 6);
    for (qsizetype i = 0; i < shown; ++i) {
        const RecordRef& record = records[i];
        QString text = record.kind + u' ' + m_names.of(record.id);
        if (!record.detail.isEmpty()) {
            const QUuid detailId(record.detail);
            text += QStringLiteral(" / ") + (detailId.isNull() ? record.detail : m_names.of(detailId));
        }
        parts.append(text);
    }
    if (records.size() > shown)
        parts.append(tr("and %n more", nullptr, int(records.size() - shown)));
    return parts.join(QStringLiteral("; "));
}

QStringList ExplainWriter::indicatorLines(const ScoreCard& card) const
{
    QStringList lines;
    for (const IndicatorResult& item : card.indicators) {
        QString line = indent + QStringLiteral("• ") + item.label.pick(m_english) + QStringLiteral(": ") +
                       valueText(item.value);
        if (item.scored)
            line += QStringLiteral(" — ") + tr("%1/%2 points")
                                                .arg(valueText(ScoreValue::of(item.points)),
                                                     valueText(ScoreValue::of(item.maxPoints)));
        line += QStringLiteral(" — ") + codeOf(item.outcome);
        lines.append(withRef(line, item.legalRef));
        for (const Check& check : item.passChecks)
            lines.append(indent + indent + checkText(card, check));
        if (!item.records.isEmpty())
            lines.append(indent + indent + tr("records: %1").arg(recordsText(item.records)));
    }
    return lines;
}

QStringList ExplainWriter::explain(const ScoreCard& card, bool withIndicators) const
{
    QStringList lines{headline(card)};
    for (const Reason& reason : card.reasons) {
        if (reason.kind == Reason::Kind::NotRated)
            continue;
        QString line = indent + truthMark(reason.met) + u' ' + reason.label.pick(m_english);
        if (!reason.level.isEmpty() && reason.kind != Reason::Kind::Quota)
            line += QStringLiteral(" → ") + reason.level;
        lines.append(withRef(line, reason.legalRef));
        for (const Check& check : reason.checks) {
            if (check.result != Truth::True || reason.met == Truth::True)
                lines.append(indent + indent + checkText(card, check));
        }
    }
    for (const Flag& flag : card.flags) {
        lines.append(
            withRef(indent + QStringLiteral("⚑ ") + tr("For a decision: %1").arg(flag.label.pick(m_english)),
                    flag.legalRef));
        for (const Check& check : flag.checks)
            lines.append(indent + indent + checkText(card, check));
    }
    if (withIndicators)
        lines += indicatorLines(card);
    return lines;
}

QString ExplainWriter::quotaLine(const QuotaState& quota) const
{
    const QString verdict = quota.exceeded() ? tr("EXCEEDED — the committee decides which proposals to lower")
                                             : tr("within the quota");
    return withRef(tr("%1: %2 proposed %3 against %4 at %5 — at most %6 allowed — %7")
                       .arg(m_names.of(quota.scopeOrgId))
                       .arg(quota.current)
                       .arg(quota.level, QString::number(quota.baseCount), quota.baseLevels.join(u'+'))
                       .arg(quota.allowed)
                       .arg(verdict),
                   quota.legalRef);
}

} // namespace chibo
