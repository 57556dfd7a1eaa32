// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace chibo {

enum class LeaveKind { Sick, Maternity, Other };

/// A period of leave; ≥ 3 months' sick leave in a year caps a member's level (HD 21).
struct Leave {
    QUuid id;
    QUuid memberId;
    LeaveKind kind = LeaveKind::Sick;
    QDate from;
    QDate to;
    QString note;

    int days() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
    bool operator==(const Leave&) const = default;
};

} // namespace chibo
