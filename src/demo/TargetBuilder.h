// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Target.h"
#include "demo/OrgLayout.h"

#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Targets (chỉ tiêu, nhiệm vụ): each cell's yearly plan for 2025 and 2026 (admissions, candidates for
/// the awareness class, tasks that fit the cell) and tasks set by monthly resolutions with an owner and
/// a due month. Actual values grow with time; statuses follow from planned, actual and asOf.
class TargetBuilder {
public:
    explicit TargetBuilder(const DemoContext& context);

    QList<Target> build(const QList<Meeting>& meetings) const;
    /// Exceeded or Done once reached; Missed when the due month is over without reaching it; else Open.
    static TargetStatus statusFor(qint64 planned, qint64 actual, YearMonth due, QDate asOf);

    struct TaskPlan {
        QString title; ///< %1 is the planned number, when the title names it
        QString unit;
        int low;
        int high;
        int step;
    };
    /// The tasks a monthly resolution gives a cell of `type`.
    static QList<TaskPlan> monthlyTasks(CellType type);

private:
    QList<Target> yearly(const OrgLayout::Unit& unit, int year) const;
    QList<Target> fromMeeting(const Meeting& meeting, const OrgLayout::Unit& unit) const;
    Target task(DemoRandom& random, const TaskPlan& plan, YearMonth start, YearMonth due) const;
    /// Progress by asOf towards `planned` over [start, due].
    qint64 progress(DemoRandom& random, qint64 planned, YearMonth start, YearMonth due, bool percent) const;
    int admissionsIn(const QUuid& orgId, int year) const;
    static QList<TaskPlan> yearlyTasks(const OrgLayout::Unit& unit);

    const DemoContext& m_context;
};

} // namespace chibo
