// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Change.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Rating.h"
#include "core/Result.h"
#include "core/Session.h"
#include "core/Target.h"

#include <QCoreApplication>
#include <QUuid>

namespace chibo {

class Workspace;

/// Saves one edit of one record as the person makes it: one transaction each, after Permissions
/// allowed it. `before` must be what is stored now (else "changed since it was opened", nothing
/// written), so an undo never overwrites someone else's later edit. A removal moves the record, and
/// every record that would be removed with it, into the recycle bin; the result is then that bin
/// entry's id (restoring it undoes the removal), otherwise a null uuid.
///
/// Refusals, each an Error whose message names the record:
/// - "permission_denied" (Permissions::mayEditRecords) for every organisation the edit concerns: a
///   member's current cells and the organisations of every registration or position the edit adds, ends
///   or removes (MemberCells); a meeting's or target's organisation (both, if it moves); the member's
///   current cells for assignments, disciplines, leave and dues (a committee's or organisation's
///   discipline: that organisation); a rating's subject's organisation (a meeting's organisation, a
///   member's cells, the organisation itself);
/// - "changed_elsewhere": `before` is not what is stored (compared with operator==), including a creation
///   of a record that exists and a removal of one that is gone;
/// - "locked_meeting": a locked meeting changes only by reopening (the same meeting with one lifecycle
///   event appended that moves it back, with a note), and neither it nor its ratings are removed or
///   changed otherwise;
/// - "member_referenced": a member who appears in any meeting's attendance, as chair or minute taker,
///   or as a target's owner cannot be removed (record that they left instead); the message counts them;
/// - "year_locked": the edit touches a year whose classification is locked (YearLock) for one of those
///   organisations or one above them (which years an edit touches: ChangeYears);
/// - "invalid_record": a member whose histories contradict themselves (MemberTimeline::check), a
///   discipline form not allowed for its subject (DisciplineRules), a meeting that does not end after it
///   starts, a meeting of an organisation that holds none, a rating of an unknown subject;
/// - "invalid_change": a change without versions, or whose versions are not of one record.
/// What a removal takes: a member's histories, assignments, disciplines, leave, dues, violations,
/// commendations and ratings; a meeting's agenda, lifecycle, attendance, the targets it set and its
/// ratings. A fixed number of queries per edit, whatever the size of the database.
class RecordEditing {
    Q_DECLARE_TR_FUNCTIONS(RecordEditing)

public:
    static Result<QUuid> apply(Workspace& workspace, const Session& session, const Change<Member>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session, const Change<Meeting>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session, const Change<Target>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session,
                               const Change<Assignment>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session,
                               const Change<Discipline>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session, const Change<Leave>& change);
    static Result<QUuid> apply(Workspace& workspace, const Session& session,
                               const Change<DuesRecord>& change);
    /// A rating is keyed by (criteria, indicator, subject, period); the organisation it belongs to is
    /// that of its subject.
    static Result<QUuid> apply(Workspace& workspace, const Session& session, const Change<Rating>& change);
};

} // namespace chibo
