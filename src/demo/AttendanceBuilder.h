// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Organisation.h"

#include <QHash>
#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Takes the roll of a meeting: one record for each member MemberTimeline expects there, nobody else.
/// Most are present; some come late or leave early; members on leave are excused with the leave's
/// reason; the member later removed skips every meeting from June 2025; a few others are absent with
/// or without reason.
class AttendanceBuilder {
public:
    explicit AttendanceBuilder(const DemoContext& context);

    /// Indexes (into the member list) of the members expected at `orgId`'s meeting on `day`.
    QList<qsizetype> expected(const QUuid& orgId, QDate day) const;
    /// The leave `memberId` is on, on `day`; nullptr when none.
    const Leave* leaveOn(const QUuid& memberId, QDate day) const;
    /// On leave, or the member about to be removed who no longer comes: absent whatever happens.
    bool mustBeAbsent(const Member& member, QDate day) const;
    /// The roll for `meeting`, whose chair and minute-taker are present.
    QList<Attendance> build(const Meeting& meeting, const QList<qsizetype>& expected,
                            DemoRandom& random) const;

    /// An excused absence with a reason and a note that suit a cell of `type`.
    static Attendance excused(DemoRandom& random, const QUuid& memberId, CellType type);

private:
    Attendance decide(const Member& member, const Meeting& meeting, CellType type, DemoRandom& random) const;

    const DemoContext& m_context;
    QHash<QUuid, QList<Leave>> m_leaves;
    QHash<QUuid, CellType> m_cellTypes;
};

} // namespace chibo
