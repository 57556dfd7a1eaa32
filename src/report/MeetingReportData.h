// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "scoring/CriteriaSet.h"

#include <QCoreApplication>

#include <optional>

namespace chibo {

class Workspace;

/// What the meeting documents read: the meeting as stored, its cell's records (organisations, members,
/// targets, ratings) and its self-assessment card under the form it is assessed by (none when no form
/// applies).
struct MeetingReportData {
    Q_DECLARE_TR_FUNCTIONS(MeetingReportData)

public:
    Meeting meeting;
    Dataset records;
    QList<Organisation> organisations; ///< every organisation, for the header
    const Criteria* form = nullptr;
    std::optional<ScoreCard> card;

    static Result<MeetingReportData> load(const Workspace& workspace, const CriteriaSet& criteria,
                                          const QUuid& meetingId);
    /// The member's full name, "" when unknown.
    QString nameOf(const QUuid& memberId) const;
    const Organisation* cell() const;
};

} // namespace chibo
