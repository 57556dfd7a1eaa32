// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Member.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace chibo {

class Workspace;

/// Everything the member dialog shows and edits about one member: the record with its status, cell and
/// position histories, and the records that hang off it.
struct MemberRecords {
    Q_DECLARE_TR_FUNCTIONS(MemberRecords)

public:
    Member member;
    QList<Discipline> disciplines;
    QList<Leave> leaves;
    QList<DuesRecord> dues;
    QList<Assignment> assignments;

    /// The member as stored now, with every history, and their records: five reads, whatever the size.
    static Result<MemberRecords> load(const Workspace& workspace, const QUuid& memberId);

    bool operator==(const MemberRecords&) const = default;
};

} // namespace chibo
