// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/YearMonth.h"

#include <QString>
#include <QUuid>

namespace chibo {

enum class TargetKind {
    Task,           ///< a resolution's task or indicator
    Admission,      ///< new members to admit (chỉ tiêu kết nạp)
    AwarenessClass, ///< candidates to send to the party-awareness class
};

enum class TargetStatus { Open, Done, Exceeded, Missed, Cancelled };

/// A resolution's target or task (chỉ tiêu, nhiệm vụ), set by a meeting or by the yearly plan.
/// Values are integers in the target's unit (people, households, đồng…).
struct Target {
    QUuid id;
    QUuid orgId;
    QUuid meetingId;  ///< the meeting whose resolution set it; null for a yearly-plan target
    int planYear = 0; ///< the plan's year; 0 for a meeting's target
    QString title;
    TargetKind kind = TargetKind::Task;
    QUuid ownerMemberId; ///< null: the cell as a whole
    YearMonth dueMonth;
    qint64 planned = 0;
    qint64 actual = 0;
    QString unit;
    TargetStatus status = TargetStatus::Open;
    QString note;

    bool operator==(const Target&) const = default;
};

} // namespace chibo
