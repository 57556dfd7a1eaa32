// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Organisation.h"

#include <QHash>

namespace chibo {

class DemoRandom;
class ScaleContext;
struct Leave;
struct ScaleCell;

/// Every generated cell's meetings: one regular meeting a month, combined with the quarter's thematic
/// meeting (or, in some agencies and schools, a separate thematic meeting a week later), each with its
/// attendance, agenda, minutes and lifecycle. About nine in ten expected members attend; a few members
/// in every hundred miss meetings often, some without excuse; members on leave are excused.
class ScaleMeetings {
public:
    explicit ScaleMeetings(ScaleContext& context);

    /// Appends the meetings of every cell to the dataset.
    void build();

private:
    struct Plan {
        QString key;
        QDate date;
        MeetingKind kind = MeetingKind::Regular;
    };

    QList<Plan> plan(const ScaleCell& cell) const;
    Meeting make(const ScaleCell& cell, const Plan& plan) const;
    QList<qsizetype> expected(const ScaleCell& cell, QDate day) const;
    void pickOfficers(Meeting& meeting, const QList<qsizetype>& expected) const;
    Attendance decide(qsizetype memberIndex, const Meeting& meeting, CellType type, DemoRandom& random) const;
    void describe(Meeting& meeting, const ScaleCell& cell, DemoRandom& random) const;
    const Leave* leaveOn(const QUuid& memberId, QDate day) const;

    ScaleContext& m_context;
    QHash<QUuid, const Leave*> m_leaves;
    QList<bool> m_oftenAbsent; ///< by member index
};

} // namespace chibo
