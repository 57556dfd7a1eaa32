// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

/// The level an authorised person decided for a member or an organisation for a year, where it differs
/// from the proposal or where the proposal was flagged. Recomputing results never changes a decision.
struct ClassificationDecision {
    QUuid id;
    QString criteriaId; ///< the rule set whose proposal was decided, e.g. "xep-loai-dang-vien-qd366"
    QUuid subjectId;    ///< member or organisation
    int year = 0;
    QString proposedLevel; ///< what ChiBo proposed when the decision was made ("" if flagged without one)
    QString decidedLevel;  ///< "htxs", "htt", "ht" or "kht"
    QString reason;        ///< required
    QString decidedBy;     ///< name and title of the person
    QDate decidedOn;

    bool operator==(const ClassificationDecision&) const = default;
};

} // namespace chibo
