// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/Criteria.h"
#include "scoring/CriteriaLoader.h"
#include "scoring/CriteriaProblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace chibo {

/// The criteria files in use, checked together: same-id validity overlaps, `results` references to
/// unknown ids or to files of a subject that cannot be read, and reference cycles. Files with a problem
/// (and files that read them) are left out of the set; the problems say why.
class CriteriaSet {
    Q_DECLARE_TR_FUNCTIONS(CriteriaSet)

public:
    struct Loaded;

    CriteriaSet() = default;

    /// Loads every source and checks them together.
    static Loaded load(const QList<CriteriaSource>& sources);

    /// The file with `id` in force for a period ending on `periodEnd`, or nullptr.
    const Criteria* find(const QString& id, QDate periodEnd) const;
    /// Any version of `id` (the newest by valid_from), or nullptr.
    const Criteria* latest(const QString& id) const;
    /// Every file, by id then valid_from.
    const QList<Criteria>& files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }

private:
    QList<Criteria> m_files;
};

struct CriteriaSet::Loaded {
    CriteriaSet set;
    CriteriaProblems problems; ///< sorted by file, line, column
};

} // namespace chibo
