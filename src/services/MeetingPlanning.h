// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/MemberState.h"
#include "core/Result.h"
#include "core/Session.h"
#include "core/Target.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace chibo {

class Workspace;

/// A member of the cell on a meeting's day and whether they are expected to attend.
struct ExpectedMember {
    QUuid memberId;
    QString fullName;
    QString sortGivenName;
    NotExpectedReason notExpected = NotExpectedReason::None; ///< None: expected
};

/// Preparing and moving a meeting through its lifecycle. Reads only; saving is RecordEditing's.
class MeetingPlanning {
    Q_DECLARE_TR_FUNCTIONS(MeetingPlanning)

public:
    /// A new draft meeting of `orgId` on `date`, started from the latest earlier meeting of the cell (one
    /// of the same kind when the cell held one, so a regular meeting follows the last regular one): its
    /// agenda (the template), place, start and end times, and its chair and minute taker while they are
    /// still expected that day; one attendance row (present) for every member expected that day, in
    /// membersOn's order. Without an earlier meeting: an empty agenda. The draft has a new id, no
    /// lifecycle events yet and is not saved (RecordEditing saves it). Errors: "unknown_organisation",
    /// "not_a_cell" (an organisation that holds no cell meetings). A fixed number of queries.
    static Result<Meeting> draftFrom(const Workspace& workspace, const QUuid& orgId, QDate date,
                                     MeetingKind kind = MeetingKind::Regular);
    /// The members of the cell on `date` in Vietnamese name order (given name, then full name:
    /// PersonNameOrder), expected or not (exempt, suspended, away) — what the attendance grid lists:
    /// everyone who is a Party member that day and officially registered in the cell or attending it
    /// temporarily. `notExpected` is MemberTimeline::expectationAt. One bulk read of the cell's members.
    static Result<QList<ExpectedMember>> membersOn(const Workspace& workspace, const QUuid& orgId,
                                                   QDate date);
    /// Targets of the cell still open on `date` (status Open, due this month or later, or overdue and
    /// not closed), set by earlier meetings or the year's plan (or an earlier year's): carried forward into
    /// the meeting. By due month (DatasetOrder). One query.
    static Result<QList<Target>> openTargets(const Workspace& workspace, const QUuid& orgId, QDate date);
    /// The meeting moved to `to`, with a lifecycle event by the session's user at `at`. Forward moves
    /// go one step at a time (draft → held → minutes approved → locked); a move back is a reopening and
    /// needs a note saying why. "Held" needs a date not in the future (of `at`, in local time) and the
    /// attendance taken. Pure; a refusal is "invalid_transition" with a message saying what is allowed.
    static Result<Meeting> transition(const Meeting& meeting, MeetingState to, const Session& session,
                                      const QDateTime& at, const QString& note = {});
};

} // namespace chibo
