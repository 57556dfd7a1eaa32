// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScoreCardRow.h"
#include "services/ScorecardTexts.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// Turns cards into the prepared rows of ScoreCardTreeModel: texts from ScorecardTexts, colour bands
/// from OutcomeColours. One card is shown by its criteria (numbered indicators grouped under "Criterion
/// n") or its indicators; several cards (meetings, months) each as a row with its indicators below.
class ScorecardRowBuilder {
    Q_DECLARE_TR_FUNCTIONS(ScorecardRowBuilder)

public:
    ScorecardRowBuilder(const ScorecardTexts& texts, const ScoreRun& run);

    /// The rows of the cards at `cardIndices` of the run.
    QList<ScoreCardRow> rows(const QList<int>& cardIndices) const;
    ScoreCardRow cardRow(int cardIndex) const;
    ScoreCardRow indicatorRow(int cardIndex, int indicatorIndex) const;

private:
    QList<ScoreCardRow> criteriaRows(int cardIndex) const;
    ScoreCardRow sectionRow(const ScoreCard& card, int cardIndex, const QString& section) const;

    const ScorecardTexts& m_texts;
    const ScoreRun& m_run;
};

} // namespace chibo
