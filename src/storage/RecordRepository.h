// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Commendation.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Result.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QDate>
#include <QList>
#include <QUuid>

#include <optional>

namespace chibo {

/// The records that hang off members and organisations: targets, assignments, disciplines, leave,
/// dues, violations, commendations. Each read takes the organisations and members in scope and costs
/// one query. Writes join the caller's transaction.
class RecordRepository {
public:
    virtual ~RecordRepository() = default;

    virtual Result<QList<Target>> targets(const QList<QUuid>& orgIds) const = 0;
    virtual Result<std::optional<Target>> findTarget(const QUuid& id) const = 0;
    /// The targets the meeting's resolution set (Target::meetingId).
    virtual Result<QList<Target>> targetsSetBy(const QUuid& meetingId) const = 0;
    /// Targets of `orgId` with status Open that were set before `day`: by a meeting dated before it, or by
    /// the plan of its year or an earlier one (or by neither).
    virtual Result<QList<Target>> openTargets(const QUuid& orgId, QDate day) const = 0;
    virtual Result<QList<Assignment>> assignments(const QList<QUuid>& memberIds) const = 0;
    /// Disciplines of these members, or of these organisations (as committee or organisation).
    virtual Result<QList<Discipline>> disciplines(const QList<QUuid>& memberIds,
                                                  const QList<QUuid>& orgIds) const = 0;
    virtual Result<QList<Leave>> leaves(const QList<QUuid>& memberIds) const = 0;
    virtual Result<QList<DuesRecord>> dues(const QList<QUuid>& memberIds) const = 0;
    virtual Result<QList<Violation>> violations(const QList<QUuid>& memberIds) const = 0;
    virtual Result<QList<Commendation>> commendations(const QList<QUuid>& memberIds,
                                                      const QList<QUuid>& orgIds) const = 0;

    virtual Status insert(const Target& record) = 0;
    virtual Status insert(const Assignment& record) = 0;
    virtual Status insert(const Discipline& record) = 0;
    virtual Status insert(const Leave& record) = 0;
    virtual Status insert(const DuesRecord& record) = 0;
    virtual Status insert(const Violation& record) = 0;
    virtual Status insert(const Commendation& record) = 0;

    virtual Status update(const Target& record) = 0;
    virtual Status update(const Assignment& record) = 0;
    virtual Status update(const Discipline& record) = 0;
    virtual Status update(const Leave& record) = 0;
    /// Inserts or replaces the (member, month) record.
    virtual Status upsert(const DuesRecord& record) = 0;
    virtual Status update(const Violation& record) = 0;
    virtual Status update(const Commendation& record) = 0;

    /// Removes the record with this id from whichever table holds it.
    virtual Status remove(const QUuid& id) = 0;
    /// Removes the targets the meeting set, with one statement.
    virtual Status removeTargetsSetBy(const QUuid& meetingId) = 0;
    /// Removes the (member, month) dues record; "storage.not-found" when there is none.
    virtual Status removeDues(const QUuid& memberId, YearMonth month) = 0;
};

} // namespace chibo
