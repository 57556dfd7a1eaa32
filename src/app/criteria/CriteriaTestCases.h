// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "scoring/CriteriaSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// The outcome of one test case shipped beside a criteria file, as the criteria page lists it.
struct CriteriaCaseRow {
    QString name; ///< the case's file name
    bool passed = false;
    QString description;
    int checked = 0;
    QStringList messages; ///< the facts that did not hold, or why the case could not run
};

/// Runs the test cases shipped with a criteria file (CriteriaCaseRunner), one step per case. Pure work
/// over the criteria and the cases' bytes: safe on a worker thread.
class CriteriaTestCases {
    Q_DECLARE_TR_FUNCTIONS(CriteriaTestCases)

public:
    static Result<QList<CriteriaCaseRow>> run(const CriteriaSet& criteria, const QList<CriteriaSource>& cases,
                                              Progress& progress);
    /// The case's file name without its folder.
    static QString shortName(const QString& sourceName);
};

} // namespace chibo
