// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

struct FollowUp {
    QDate date;
    QString note;

    bool operator==(const FollowUp&) const = default;
};

/// A member's assigned responsibility (phân công): a task, an area, households to follow.
struct Assignment {
    QUuid id;
    QUuid memberId;
    QUuid orgId;
    QString task;
    QString area;
    int households = 0;
    QDate from;
    QDate to; ///< invalid while open
    QList<FollowUp> followUps;

    bool operator==(const Assignment&) const = default;
};

} // namespace chibo
