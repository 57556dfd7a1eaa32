// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "services/ExplainWriter.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace chibo {

/// Results in words for the scorecard and overview pages: values, thresholds, points, each indicator's
/// reason, a card's level, "why not higher" and "why not met yet" per criterion. Values are written by
/// ExplainWriter; grade and level codes by their labels in the card's file. Built once per scoring run
/// (it indexes the run's cards and the meetings); the run, dataset and names must outlive it.
class ScorecardTexts {
    Q_DECLARE_TR_FUNCTIONS(ScorecardTexts)

public:
    ScorecardTexts(const CriteriaSet& criteria, const Dataset& dataset, const ScoreRun& run,
                   const SubjectNames& names, bool english);

    const ExplainWriter& writer() const { return m_writer; }
    /// The file that produced `card` (its id and version), or nullptr.
    const Criteria* fileOf(const ScoreCard& card) const;
    /// The card of `criteriaId` for `subjectId` in the run, or nullptr.
    const ScoreCard* cardOf(const QString& criteriaId, const QUuid& subjectId) const;

    /// "14/03/2025 — Regular meeting" for a meeting, "03/2025" for a month, the name otherwise.
    QString subjectText(const ScoreCard& card) const;
    /// The label of a level code of the card's file ("Khá"), or the code.
    QString levelName(const ScoreCard& card, const QString& code) const;
    /// The card's level for people: the level's name, "needs a decision", or "not rated: why".
    QString levelText(const ScoreCard& card) const;
    /// "85/100" when the card gives points, "" otherwise.
    QString totalText(const ScoreCard& card) const;

    QString valueText(const ScoreCard& card, const IndicatorResult& item) const;
    /// The pass condition's thresholds: "≥ 17/20 (85 %)"; "" without a condition.
    QString thresholdText(const ScoreCard& card, const IndicatorResult& item) const;
    /// "8/10" for an indicator that gives points, "" otherwise.
    QString pointsText(const IndicatorResult& item) const;
    static QString outcomeText(IndicatorOutcome outcome);
    /// Why the indicator has its outcome, in a sentence or two.
    QString reasonText(const ScoreCard& card, const IndicatorResult& item) const;

    /// Why the card has no better level: the better rules not met with their failed comparisons (or the
    /// indicators not met), caps, the quota and the flags for a decision. Empty at the best level.
    QStringList whyNotHigher(const ScoreCard& card) const;
    /// Each indicator not met or missing, with its criterion: "Criterion 2 — <label>: <reason>".
    QStringList whyNotMet(const ScoreCard& card) const;

private:
    QString codeText(const ScoreCard& card, const QString& what, const QString& code) const;
    QString checkValue(const ScoreCard& card, const QString& what, const ScoreValue& value) const;
    QString whatText(const ScoreCard& card, const QString& what) const;
    QString checkSentence(const ScoreCard& card, const Check& check, const QString& ownIndicator) const;
    QString requirement(const ScoreCard& card, const Check& check) const;
    QString resultsBelow(const ScoreCard& card, const IndicatorResult& item) const;
    QStringList indicatorsNotMet(const ScoreCard& card, bool withSections) const;

    const CriteriaSet& m_criteria;
    const SubjectNames& m_names;
    ExplainWriter m_writer;
    bool m_english = false;
    QHash<QString, const ScoreCard*> m_cards; ///< by criteria id + subject uuid
    QHash<QUuid, const Meeting*> m_meetings;
};

} // namespace chibo
