// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scoring/CriteriaSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

/// The outcome of one test case beside the rules (docs/criteria-format.md §8).
struct CriteriaCaseOutcome {
    QString description;
    QString criteriaId;
    int checked = 0;      ///< facts compared
    QStringList failures; ///< one sentence per fact that did not hold

    bool passed() const { return failures.isEmpty() && checked > 0; }
};

/// Runs a criteria test case: a dataset document with a "criteria_test" member naming the file, the
/// organisation, the period and the expected results. A case that expects nothing fails.
class CriteriaCaseRunner {
    Q_DECLARE_TR_FUNCTIONS(CriteriaCaseRunner)

public:
    /// An Error when the case cannot be run at all (bad dataset, bad criteria_test, unknown criteria).
    static Result<CriteriaCaseOutcome> run(const CriteriaSet& criteria, const QByteArray& bytes,
                                           const QString& sourceName);
};

} // namespace chibo
