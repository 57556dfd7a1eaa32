// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Commendation.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Organisation.h"
#include "core/Rating.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QList>

namespace chibo {

/// Every record of one or more organisations: what an import brings, an export writes and the demo
/// creates. Organisations come parents first.
struct Dataset {
    QList<Organisation> organisations;
    QList<Member> members;
    QList<Meeting> meetings;
    QList<Target> targets;
    QList<Assignment> assignments;
    QList<Discipline> disciplines;
    QList<Leave> leaves;
    QList<DuesRecord> dues;
    QList<Violation> violations;
    QList<Commendation> commendations;
    QList<Rating> ratings; ///< values people entered for criteria indicators

    bool operator==(const Dataset&) const = default;
};

} // namespace chibo
