// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationRow.h"
#include "core/OrgTree.h"
#include "services/ClassificationService.h"
#include "services/SubjectNames.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// Turns a year's classification into the rows the page lists: one per member or organisation judged by
/// the classification rules (the cards of the files those rules read are left out), with the decision
/// recorded for it, the level that follows and the reason in words. One pass over the cards.
class ClassificationRows {
    Q_DECLARE_TR_FUNCTIONS(ClassificationRows)

public:
    static QList<ClassificationRow> build(const Classification& classification, const CriteriaSet& criteria,
                                          const SubjectNames& names, const OrgTree& tree, bool english);
    /// Why the card has its level, in one sentence: the rule that gave it and any cap, or why there is
    /// none (not rated, undetermined).
    static QString reasonOf(const ScoreCard& card, bool english);
    /// "Decided HTT by Nguyễn Văn Tư on 20/12/2025: …".
    static QString decisionNote(const ClassificationDecision& decision);
};

} // namespace chibo
