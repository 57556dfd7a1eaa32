// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/OrgTree.h"
#include "core/ScoreCard.h"
#include "services/ClassificationService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// The live HTXS quota counter of the classification page: one line per group counted together,
/// "Members of Chi bộ buôn Ea Kring — HTXS: 3 / 4 allowed", red when the group is over its quota.
class QuotaSummary {
    Q_DECLARE_TR_FUNCTIONS(QuotaSummary)

public:
    /// The quotas to show for the organisation chosen in the tree: those counted in its grassroots
    /// organisation (`focus`), or, for an organisation above that level (null `focus`), every quota
    /// counted within the classification's scope.
    static QList<QuotaState> relevant(const QList<QuotaState>& quotas, const Classification& classification,
                                      const QUuid& focus);
    /// One line as plain text.
    static QString line(const QuotaState& quota, const Classification& classification, const OrgTree& tree);
    /// Every line as rich text, lines over the quota in red; a sentence when there is none.
    static QString html(const QList<QuotaState>& quotas, const Classification& classification,
                        const OrgTree& tree);
};

} // namespace chibo
