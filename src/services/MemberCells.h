// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace chibo {

/// The organisations a member's records belong to, for permissions, year locks and the recycle bin. No
/// day is needed: a member belongs to the cells of their open registrations, or, when none is open (they
/// left, or moved out of the system), to the cell of their latest one.
class MemberCells {
public:
    static QList<QUuid> current(const Member& member);
    /// The organisations an edit of a member concerns: the current cells of the stored version, and the
    /// organisations of every registration and position the edit adds, ends, moves or removes.
    static QList<QUuid> ofChange(const std::optional<Member>& before, const std::optional<Member>& after);
};

} // namespace chibo
