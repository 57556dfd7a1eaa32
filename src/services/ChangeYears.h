// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Change.h"
#include "core/Dataset.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Rating.h"
#include "core/Target.h"
#include "services/YearSpan.h"

#include <QList>

namespace chibo {

/// The years whose records an edit changes, for the year locks (YearLock): a locked year's records are
/// not changed. A record belongs to the years of its dates: a meeting to its day's, a target to its due
/// month's (or its plan's), dues to their month's, a discipline to its decision's, a rating to its
/// period's, leave and assignments to the years they run through. Where an edit only moves the end of a
/// period, it touches the days between the old and the new end, so closing a registration in 2026 does not
/// touch a locked 2025. A member's plain fields (name, phone …) belong to no year; their dated histories do.
class ChangeYears {
public:
    static QList<YearSpan> of(const Change<Member>& change);
    static QList<YearSpan> of(const Change<Meeting>& change);
    static QList<YearSpan> of(const Change<Target>& change);
    static QList<YearSpan> of(const Change<Assignment>& change);
    static QList<YearSpan> of(const Change<Discipline>& change);
    static QList<YearSpan> of(const Change<Leave>& change);
    static QList<YearSpan> of(const Change<DuesRecord>& change);
    /// `meetingYear`: the year of the meeting when the subject is one (its rating has no period).
    static QList<YearSpan> of(const Change<Rating>& change, int meetingYear);
    /// Every record of a recycle-bin entry, as if created again.
    static QList<YearSpan> of(const Dataset& fragment);

    /// The days one of two versions of a period covers and the other does not; both periods whole when
    /// anything other than their ends differs (`sameContent` false). A missing version covers nothing.
    static QList<YearSpan> periodChange(const std::optional<std::pair<QDate, QDate>>& before,
                                        const std::optional<std::pair<QDate, QDate>>& after,
                                        bool sameContent);
};

} // namespace chibo
