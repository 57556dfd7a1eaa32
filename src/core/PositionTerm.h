// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QUuid>

namespace chibo {

enum class Position {
    Secretary,         ///< bí thư
    DeputySecretary,   ///< phó bí thư
    CommitteeMember,   ///< chi ủy viên / đảng ủy viên
    GroupLeader,       ///< tổ trưởng tổ đảng
    GroupDeputyLeader, ///< tổ phó tổ đảng
};

/// A position held in an organisation over a period.
struct PositionTerm {
    QUuid id;
    QUuid orgId;
    Position position = Position::CommitteeMember;
    QDate from;
    QDate to; ///< invalid while held

    bool covers(QDate day) const { return from <= day && (!to.isValid() || day <= to); }
    /// Secretary, deputy and committee members make up the chi ủy.
    bool isCommitteeSeat() const { return position <= Position::CommitteeMember; }
    bool operator==(const PositionTerm&) const = default;
};

} // namespace chibo
