// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "scoring/ScoringInput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

/// The scoring engine: a pure function from (criteria, snapshot, period) to explained results.
/// Deterministic — the same input gives the same ScoreRun — with no I/O and no clock.
class ScoringEngine {
    Q_DECLARE_TR_FUNCTIONS(ScoringEngine)

public:
    explicit ScoringEngine(const CriteriaSet& criteria);

    /// Evaluates the file `criteriaId` in force for the input's period, for every subject of its kind
    /// in the scope, after the files it reads (their cards are in the run too). Applies the file's quota
    /// across each grassroots organisation. An error when no file with that id is in force for the period.
    Result<ScoreRun> evaluate(const QString& criteriaId, const ScoringInput& input) const;
    /// Evaluates several files in one pass over the snapshot: one index, and a card a file reads is
    /// built once however many files read it. An error when any id has no file in force.
    Result<ScoreRun> evaluate(const QStringList& criteriaIds, const ScoringInput& input) const;

private:
    const CriteriaSet& m_criteria;
};

} // namespace chibo
