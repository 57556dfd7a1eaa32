// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace chibo {

/// One stored score result: a ScoreCard's key facts in columns, the whole card as JSON (written and
/// read by the services layer; storage keeps the text as it is given). At most one per
/// (criteria, subject, period).
struct StoredResult {
    QString criteriaId;
    QString criteriaVersion;
    QString contentHash;
    QString subjectKind; ///< "meeting", "member_year", "organisation_month" or "organisation_year"
    QUuid subjectId;
    QUuid orgId; ///< the organisation the subject belongs to (itself for an organisation)
    QString period;
    QString level;
    QString total; ///< exact rational text, e.g. "173/2"
    bool needsDecision = false;
    QString resultJson;
    QDateTime computedAt; ///< UTC; stored with milliseconds

    bool operator==(const StoredResult&) const = default;
};

} // namespace chibo
