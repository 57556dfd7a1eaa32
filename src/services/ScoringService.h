// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"
#include "services/ScoringSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace chibo {

/// What to score: criteria files over an organisation's subjects for a year or a month.
struct ScoreQuery {
    QStringList criteriaIds;
    int year = 0;
    int month = 0; ///< 0: the whole year
    QDate asOf;    ///< today, for a period not yet over
};

/// "Score a month", "score a year": runs the engine on a snapshot and keeps the results that belong to
/// the requested organisation (quotas: those of its grassroots organisation).
class ScoringService {
    Q_DECLARE_TR_FUNCTIONS(ScoringService)

public:
    static Result<ScoreRun> score(const CriteriaSet& criteria, const ScoringSnapshot& snapshot,
                                  const ScoreQuery& query);
    /// The cards of `run` that concern `orgId` or organisations below it, and the quotas counted there or
    /// above it (the committee whose count the organisation is part of).
    static ScoreRun restrictTo(const ScoreRun& run, const QList<Organisation>& organisations,
                               const QUuid& orgId);
};

} // namespace chibo
