// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/OrgTree.h"
#include "core/Organisation.h"
#include "scoring/CriteriaSet.h"

#include <QList>
#include <QStringList>
#include <QUuid>

namespace chibo {

/// The criteria files in force for one organisation, one year per column.
struct ApplicabilityRow {
    QUuid orgId;
    QList<QStringList> idsByYear; ///< one entry per year of the table, ids in the set's order
};

/// Which criteria file applies to which organisation and year: a file applies when it is a rule in force
/// (not an example), its `applies_to` admits the organisation (kinds, cell types, locality with accents
/// and case ignored, as the engine reads it) and its validity covers a period of the year it judges.
class Applicability {
public:
    /// Whether `file`'s applies_to admits `org`. For a member or a meeting the organisation is the
    /// member's or the meeting's cell, so one test serves every subject.
    static bool admits(const Criteria& file, const Organisation& org);
    /// Whether `file` judges a period of `year`: a year's subject when the year's last day lies in the
    /// validity; a month's or a meeting's when any day of the year does.
    static bool inForceIn(const Criteria& file, int year);
    /// The ids of the files in force for `org` in `year`.
    static QStringList filesFor(const CriteriaSet& criteria, const Organisation& org, int year);
    /// The organisations a table is about: the grassroots organisation at or above `orgId` (or `orgId`
    /// itself above that level) and every cell and grassroots organisation below it, parents first.
    static QList<const Organisation*> rowsAround(const OrgTree& tree, const QUuid& orgId);
    /// One row per organisation of `orgs`, one column per year from `firstYear` to `lastYear`.
    static QList<ApplicabilityRow> table(const CriteriaSet& criteria, const QList<const Organisation*>& orgs,
                                         int firstYear, int lastYear);
};

} // namespace chibo
