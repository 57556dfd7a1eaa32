// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScorecardTexts.h"

#include "core/Labels.h"
#include "scoring/MetricCatalog.h"
#include "services/ScorecardRules.h"

#include <algorithm>

namespace chibo {

namespace {

/// How many subjects a "rated below" list names before "and n more".
constexpr qsizetype namedSubjects = 5;

QString cardKey(const QString& criteriaId, const QUuid& subjectId)
{
    return criteriaId + u'|' + subjectId.toString(QUuid::WithoutBraces);
}

QString opSymbol(const QString& op)
{
    if (op == u">=" || op == u"grade>=")
        return QStringLiteral("≥");
    if (op == u"<=")
        return QStringLiteral("≤");
    if (op == u"==")
        return QStringLiteral("=");
    if (op == u"!=")
        return QStringLiteral("≠");
    return op;
}

const Level* levelIn(const QList<Level>& levels, const QString& code)
{
    const auto found =
        std::find_if(levels.cbegin(), levels.cend(), [&](const Level& level) { return level.code == code; });
    return found == levels.cend() ? nullptr : &*found;
}

} // namespace

ScorecardTexts::ScorecardTexts(const CriteriaSet& criteria, const Dataset& dataset, const ScoreRun& run,
                               const SubjectNames& names, bool english)
    : m_criteria(criteria)
    , m_names(names)
    , m_writer(criteria, names, english)
    , m_english(english)
{
    m_cards.reserve(run.cards.size());
    for (const ScoreCard& card : run.cards)
        m_cards.insert(cardKey(card.criteriaId, card.subjectId), &card);
    m_meetings.reserve(dataset.meetings.size());
    for (const Meeting& meeting : dataset.meetings)
        m_meetings.insert(meeting.id, &meeting);
}

const Criteria* ScorecardTexts::fileOf(const ScoreCard& card) const
{
    const QList<Criteria>& files = m_criteria.files();
    const auto found = std::find_if(files.cbegin(), files.cend(), [&](const Criteria& file) {
        return file.id == card.criteriaId && file.version == card.criteriaVersion;
    });
    return found == files.cend() ? nullptr : &*found;
}

const ScoreCard* ScorecardTexts::cardOf(const QString& criteriaId, const QUuid& subjectId) const
{
    return m_cards.value(cardKey(criteriaId, subjectId));
}

QString ScorecardTexts::subjectText(const ScoreCard& card) const
{
    if (card.subjectKind == SubjectKind::Meeting) {
        if (const Meeting* meeting = m_meetings.value(card.subjectId))
            return QStringLiteral("%1 — %2").arg(meeting->date.toString(u"dd/MM/yyyy"),
                                                 Labels::of(meeting->kind));
    }
    if (card.subjectKind == SubjectKind::OrganisationMonth && card.period.size() == 7)
        return card.period.mid(5, 2) + u'/' + card.period.left(4);
    return m_names.of(card.subjectId);
}

QString ScorecardTexts::levelName(const ScoreCard& card, const QString& code) const
{
    const Criteria* file = fileOf(card);
    const Level* level = file ? levelIn(file->levels, code) : nullptr;
    return level ? level->label.pick(m_english) : code;
}

QString ScorecardTexts::levelText(const ScoreCard& card) const
{
    if (!card.rated) {
        const auto reason = std::find_if(card.reasons.cbegin(), card.reasons.cend(),
                                         [](const Reason& r) { return r.kind == Reason::Kind::NotRated; });
        return tr("Not rated: %1")
            .arg(reason == card.reasons.cend() ? QString() : reason->label.pick(m_english));
    }
    if (card.level.isEmpty())
        return tr("Undetermined — a person decides");
    if (!card.flags.isEmpty())
        return tr("%1 (proposed; a person decides)").arg(levelName(card, card.level));
    return levelName(card, card.level);
}

QString ScorecardTexts::totalText(const ScoreCard& card) const
{
    if (!card.hasPoints)
        return {};
    return QStringLiteral("%1/%2").arg(m_writer.valueText(ScoreValue::of(card.total)),
                                       m_writer.valueText(ScoreValue::of(card.maxTotal)));
}

QString ScorecardTexts::codeText(const ScoreCard& card, const QString& what, const QString& code) const
{
    const Criteria* file = fileOf(card);
    if (!file)
        return code;
    const qsizetype colon = what.indexOf(u':');
    if (colon > 0) {
        const Indicator* indicator = file->indicator(what.mid(colon + 1));
        if (const Level* grade = indicator ? levelIn(indicator->input.scale, code) : nullptr)
            return grade->label.pick(m_english);
    }
    const Level* level = levelIn(file->levels, code);
    return level ? level->label.pick(m_english) : code;
}

QString ScorecardTexts::checkValue(const ScoreCard& card, const QString& what, const ScoreValue& value) const
{
    return value.type == ScoreValue::Type::Code ? codeText(card, what, value.code)
                                                : m_writer.valueText(value);
}

QString ScorecardTexts::valueText(const ScoreCard& card, const IndicatorResult& item) const
{
    return checkValue(card, QStringLiteral("indicator:") + item.id, item.value);
}

QString ScorecardTexts::requirement(const ScoreCard& card, const Check& check) const
{
    return opSymbol(check.op) + u' ' + checkValue(card, check.what, check.expected);
}

QString ScorecardTexts::thresholdText(const ScoreCard& card, const IndicatorResult& item) const
{
    QStringList parts;
    const QString own = QStringLiteral("indicator:") + item.id;
    for (const Check& check : item.passChecks) {
        const QString text = requirement(card, check);
        parts.append(check.what == own ? text : whatText(card, check.what) + u' ' + text);
    }
    return parts.join(QStringLiteral("; "));
}

QString ScorecardTexts::pointsText(const IndicatorResult& item) const
{
    if (!item.scored)
        return {};
    return QStringLiteral("%1/%2").arg(m_writer.valueText(ScoreValue::of(item.points)),
                                       m_writer.valueText(ScoreValue::of(item.maxPoints)));
}

QString ScorecardTexts::outcomeText(IndicatorOutcome outcome)
{
    switch (outcome) {
    case IndicatorOutcome::Pass: return tr("Met");
    case IndicatorOutcome::Fail: return tr("Not met");
    case IndicatorOutcome::Info: return tr("Information");
    case IndicatorOutcome::Missing: return tr("Missing");
    case IndicatorOutcome::NotApplicable: return tr("Not applicable");
    }
    return {};
}

QString ScorecardTexts::whatText(const ScoreCard& card, const QString& what) const
{
    const qsizetype colon = what.indexOf(u':');
    const QString kind = colon < 0 ? what : what.left(colon);
    const QString name = colon < 0 ? QString() : what.mid(colon + 1);
    if (kind == u"indicator" || kind == u"points") {
        const auto found = std::find_if(card.indicators.cbegin(), card.indicators.cend(),
                                        [&](const IndicatorResult& item) { return item.id == name; });
        const QString label = ScorecardRules::withoutSection(
            found == card.indicators.cend() ? name : found->label.pick(m_english));
        return kind == u"points" ? tr("the points for “%1”").arg(label) : label;
    }
    if (kind == u"metric")
        return MetricCatalog::describe(name);
    if (kind == u"total")
        return tr("the total points");
    if (kind == u"param")
        return tr("the parameter %1").arg(name);
    if (kind == u"results")
        return tr("the results of %1").arg(name);
    return what;
}

QString ScorecardTexts::checkSentence(const ScoreCard& card, const Check& check,
                                      const QString& ownIndicator) const
{
    const QString required = requirement(card, check);
    if (check.what == ownIndicator) {
        if (check.actual.isMissing())
            return tr("The value is unknown; it must be %1.").arg(required);
        return tr("The value is %1; it must be %2.")
            .arg(checkValue(card, check.what, check.actual), required);
    }
    const QString what = whatText(card, check.what);
    if (check.actual.isMissing())
        return tr("%1 is unknown; it must be %2.").arg(what, required);
    return tr("%1 is %2; it must be %3.").arg(what, checkValue(card, check.what, check.actual), required);
}

QString ScorecardTexts::resultsBelow(const ScoreCard& card, const IndicatorResult& item) const
{
    const Criteria* file = fileOf(card);
    const Indicator* indicator = file ? file->indicator(item.id) : nullptr;
    if (!indicator || !indicator->value || indicator->value->op != Node::Op::Results)
        return {};
    const ResultsQuery& query = indicator->value->results;
    if (query.level.isEmpty())
        return {};
    QStringList below;
    QString levelLabel = query.level;
    for (const RecordRef& record : item.records) {
        const ScoreCard* read = record.kind == u"result" ? cardOf(record.detail, record.id) : nullptr;
        const Criteria* readFile = read ? fileOf(*read) : nullptr;
        if (!readFile || !read->rated)
            continue;
        levelLabel = levelName(*read, query.level);
        const int rank = readFile->levelRank(read->level);
        if (read->level.isEmpty() || rank > readFile->levelRank(query.level)) {
            const QString level = read->level.isEmpty() ? tr("undetermined") : levelName(*read, read->level);
            below.append(QStringLiteral("%1 (%2)").arg(subjectText(*read), level));
        }
    }
    if (below.isEmpty())
        return {};
    const int count = int(below.size());
    if (below.size() > namedSubjects) {
        below.resize(namedSubjects);
        below.append(tr("and %n more", nullptr, count - int(namedSubjects)));
    }
    switch (query.over) {
    case ResultsQuery::Over::Meetings:
        return tr("%n meeting(s) below %1 or without a level: %2.", nullptr, count)
            .arg(levelLabel, below.join(u", "));
    case ResultsQuery::Over::Members:
        return tr("%n member(s) below %1 or without a level: %2.", nullptr, count)
            .arg(levelLabel, below.join(u", "));
    case ResultsQuery::Over::Subordinates:
        return tr("%n organisation(s) below %1 or without a level: %2.", nullptr, count)
            .arg(levelLabel, below.join(u", "));
    case ResultsQuery::Over::Months:
        return tr("%n month(s) below %1 or without a level: %2.", nullptr, count)
            .arg(levelLabel, below.join(u", "));
    }
    return {};
}

QString ScorecardTexts::reasonText(const ScoreCard& card, const IndicatorResult& item) const
{
    const QString own = QStringLiteral("indicator:") + item.id;
    switch (item.outcome) {
    case IndicatorOutcome::NotApplicable: return tr("Does not apply to this subject.");
    case IndicatorOutcome::Missing: {
        const Criteria* file = fileOf(card);
        const Indicator* indicator = file ? file->indicator(item.id) : nullptr;
        if (indicator && indicator->input.kind != InputSpec::Kind::None)
            return tr("Not entered yet: a person must enter this value.");
        const QString below = resultsBelow(card, item);
        return below.isEmpty() ? tr("The records give no value.") : tr("No value yet. %1").arg(below);
    }
    case IndicatorOutcome::Info:
        return item.scored ? tr("Gives %1 points.").arg(pointsText(item)) : QString();
    case IndicatorOutcome::Pass: return tr("Meets the requirement %1.").arg(thresholdText(card, item));
    case IndicatorOutcome::Fail: break;
    }
    QStringList sentences;
    for (const Check& check : item.passChecks) {
        if (check.result != Truth::True)
            sentences.append(checkSentence(card, check, own));
    }
    if (const QString below = resultsBelow(card, item); !below.isEmpty())
        sentences.append(below);
    return sentences.join(u' ');
}

QStringList ScorecardTexts::indicatorsNotMet(const ScoreCard& card, bool withSections) const
{
    QStringList lines;
    for (const IndicatorResult& item : card.indicators) {
        if (item.outcome != IndicatorOutcome::Fail && item.outcome != IndicatorOutcome::Missing)
            continue;
        const QString section = ScorecardRules::sectionOf(item.label.vi);
        const QString label = ScorecardRules::withoutSection(item.label.pick(m_english));
        const QString reason = reasonText(card, item);
        if (withSections && !section.isEmpty())
            lines.append(tr("Criterion %1 — %2: %3").arg(section, label, reason));
        else
            lines.append(QStringLiteral("%1: %2").arg(label, reason));
    }
    return lines;
}

QStringList ScorecardTexts::whyNotMet(const ScoreCard& card) const
{
    if (!card.rated)
        return {levelText(card)};
    return indicatorsNotMet(card, true);
}

QStringList ScorecardTexts::whyNotHigher(const ScoreCard& card) const
{
    if (!card.rated)
        return {levelText(card)};
    const Criteria* file = fileOf(card);
    const int rank = file && !card.level.isEmpty() ? file->levelRank(card.level) : -1;
    QStringList lines;
    for (const Reason& reason : card.reasons) {
        const bool better = file && (rank < 0 || file->levelRank(reason.level) < rank);
        if (reason.kind == Reason::Kind::Rule && reason.met != Truth::True && better) {
            QStringList failed;
            for (const Check& check : reason.checks) {
                if (check.result != Truth::True)
                    failed.append(checkSentence(card, check, {}));
            }
            lines.append(
                tr("Not %1 — %2: %3")
                    .arg(levelName(card, reason.level), reason.label.pick(m_english), failed.join(u' ')));
        } else if ((reason.kind == Reason::Kind::Cap || reason.kind == Reason::Kind::Quota) &&
                   reason.met == Truth::True) {
            lines.append(
                tr("At most %1: %2").arg(levelName(card, reason.level), reason.label.pick(m_english)));
        }
    }
    if (lines.isEmpty() && rank != 0)
        lines = indicatorsNotMet(card, false);
    for (const Flag& flag : card.flags)
        lines.append(tr("For a decision: %1").arg(flag.label.pick(m_english)));
    return lines;
}

} // namespace chibo
