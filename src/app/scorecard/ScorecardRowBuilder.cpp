// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/scorecard/ScorecardRowBuilder.h"

#include "app/OutcomeColours.h"
#include "i18n/Language.h"
#include "models/ScoreCardTreeModel.h"
#include "services/ScorecardRules.h"

#include <QHash>
#include <QLocale>

namespace chibo {

namespace {

QStringList emptyTexts()
{
    QStringList texts;
    for (int column = 0; column < ScoreCardTreeModel::ColumnCount; ++column)
        texts.append(QString());
    return texts;
}

QString truthText(Truth truth)
{
    switch (truth) {
    case Truth::True: return ScorecardRowBuilder::tr("Met");
    case Truth::False: return ScorecardRowBuilder::tr("Not met");
    case Truth::Unknown: return ScorecardRowBuilder::tr("Unknown — values missing");
    }
    return {};
}

} // namespace

ScorecardRowBuilder::ScorecardRowBuilder(const ScorecardTexts& texts, const ScoreRun& run)
    : m_texts(texts)
    , m_run(run)
{}

QList<ScoreCardRow> ScorecardRowBuilder::rows(const QList<int>& cardIndices) const
{
    if (cardIndices.size() == 1)
        return criteriaRows(cardIndices.first());
    QList<ScoreCardRow> rows;
    rows.reserve(cardIndices.size());
    for (const int cardIndex : cardIndices) {
        ScoreCardRow row = cardRow(cardIndex);
        const ScoreCard& card = m_run.cards.at(cardIndex);
        for (int i = 0; i < card.indicators.size(); ++i)
            row.children.append(indicatorRow(cardIndex, i));
        rows.append(std::move(row));
    }
    return rows;
}

ScoreCardRow ScorecardRowBuilder::cardRow(int cardIndex) const
{
    const ScoreCard& card = m_run.cards.at(cardIndex);
    ScoreCardRow row;
    row.kind = ScoreCardRow::Kind::Card;
    row.cardIndex = cardIndex;
    row.texts = emptyTexts();
    row.texts[ScoreCardTreeModel::NameColumn] = m_texts.subjectText(card);
    row.texts[ScoreCardTreeModel::PointsColumn] = m_texts.totalText(card);
    row.texts[ScoreCardTreeModel::ResultColumn] = m_texts.levelText(card);
    row.texts[ScoreCardTreeModel::ReasonColumn] = m_texts.whyNotHigher(card).join(u' ');
    row.toolTip = m_texts.whyNotHigher(card).join(u'\n');
    row.resultBackground = OutcomeColours::background(card);
    row.resultForeground = OutcomeColours::foreground();
    return row;
}

ScoreCardRow ScorecardRowBuilder::indicatorRow(int cardIndex, int indicatorIndex) const
{
    const ScoreCard& card = m_run.cards.at(cardIndex);
    const IndicatorResult& item = card.indicators.at(indicatorIndex);
    ScoreCardRow row;
    row.kind = ScoreCardRow::Kind::Indicator;
    row.cardIndex = cardIndex;
    row.indicatorIndex = indicatorIndex;
    row.hasEvidence = !item.records.isEmpty() || !item.inputs.isEmpty();
    row.texts = emptyTexts();
    row.texts[ScoreCardTreeModel::NameColumn] = item.label.pick(showsEnglish());
    row.texts[ScoreCardTreeModel::ValueColumn] = m_texts.valueText(card, item);
    row.texts[ScoreCardTreeModel::ThresholdColumn] = m_texts.thresholdText(card, item);
    row.texts[ScoreCardTreeModel::PointsColumn] = m_texts.pointsText(item);
    row.texts[ScoreCardTreeModel::ResultColumn] = ScorecardTexts::outcomeText(item.outcome);
    const QString reason = m_texts.reasonText(card, item);
    row.texts[ScoreCardTreeModel::ReasonColumn] = reason;
    row.texts[ScoreCardTreeModel::LegalRefColumn] = item.legalRef;
    row.toolTip = item.legalRef.isEmpty() ? reason : reason + u'\n' + item.legalRef;
    row.resultBackground = OutcomeColours::background(item.outcome);
    row.resultForeground = OutcomeColours::foreground();
    return row;
}

ScoreCardRow ScorecardRowBuilder::sectionRow(const ScoreCard& card, int cardIndex,
                                             const QString& section) const
{
    ScoreCardRow heading;
    heading.kind = ScoreCardRow::Kind::Section;
    heading.cardIndex = cardIndex;
    heading.texts = emptyTexts();
    heading.texts[ScoreCardTreeModel::NameColumn] = tr("Criterion %1").arg(section);
    const Truth met = ScorecardRules::sectionMet(card, section);
    heading.texts[ScoreCardTreeModel::ResultColumn] = truthText(met);
    heading.resultBackground = OutcomeColours::background(met);
    heading.resultForeground = OutcomeColours::foreground();
    return heading;
}

QList<ScoreCardRow> ScorecardRowBuilder::criteriaRows(int cardIndex) const
{
    const ScoreCard& card = m_run.cards.at(cardIndex);
    QList<ScoreCardRow> rows;
    QHash<QString, qsizetype> sectionRows; // a criterion's heading row
    for (int i = 0; i < card.indicators.size(); ++i) {
        const QString section = ScorecardRules::sectionOf(card.indicators.at(i).label.vi);
        if (section.isEmpty()) {
            rows.append(indicatorRow(cardIndex, i));
            continue;
        }
        if (!sectionRows.contains(section)) {
            sectionRows.insert(section, rows.size());
            rows.append(sectionRow(card, cardIndex, section));
        }
        rows[sectionRows.value(section)].children.append(indicatorRow(cardIndex, i));
    }
    return rows;
}

} // namespace chibo
