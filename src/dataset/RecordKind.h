// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chibo {

/// The kinds of record (JSON object) in a dataset file, for messages that must say which one is meant.
enum class RecordKind {
    Dataset,
    Organisation,
    Term,
    Member,
    StatusEvent,
    CellMembership,
    Position,
    Meeting,
    LifecycleStep,
    Attendance,
    Target,
    Assignment,
    FollowUp,
    Discipline,
    Leave,
    Dues,
    Violation,
    Commendation,
    Rating,
};

/// The translated noun for a record kind, e.g. "member record", to fill a message's %1.
QString recordNoun(RecordKind kind);

} // namespace chibo
