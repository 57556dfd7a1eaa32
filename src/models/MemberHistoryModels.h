// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/CellMembership.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/PositionTerm.h"
#include "core/StatusEvent.h"
#include "models/MemberRecordListModel.h"

class QObject;

namespace chibo {

/// The tables of the member dialog: which fields of each record are shown, in which order, and how each
/// is edited. New rows are empty until the caller sets a row factory.
class MemberHistoryModels {
public:
    /// Date, event, decision, note.
    static MemberRecordListModel<StatusEvent>* statusEvents(QObject* parent);
    /// Cell, official or temporary, from, to (empty while registered).
    static MemberRecordListModel<CellMembership>* memberships(QObject* parent);
    /// Position, organisation, from, to (empty while held).
    static MemberRecordListModel<PositionTerm>* positions(QObject* parent);
    /// Decision date, form, issuer, decision, violation, self-discovered, remedied.
    static MemberRecordListModel<Discipline>* disciplines(QObject* parent);
    /// Kind, from, to, days (computed), note.
    static MemberRecordListModel<Leave>* leaves(QObject* parent);
    /// Month, state, amount in đồng.
    static MemberRecordListModel<DuesRecord>* dues(QObject* parent);
    /// Task, area, households, organisation, from, to (empty while open).
    static MemberRecordListModel<Assignment>* assignments(QObject* parent);
};

} // namespace chibo
