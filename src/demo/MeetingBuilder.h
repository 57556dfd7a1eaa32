// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "demo/AttendanceBuilder.h"
#include "demo/MeetingScheduler.h"
#include "demo/OrgLayout.h"

#include <QHash>
#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Every meeting of every cell from January 2025 up to asOf, with its record: times, place, chair
/// (the secretary that day), minute-taker, the roll, upper-committee guests, agenda, documents,
/// minutes, conclusion and lifecycle. The latest month's records of two cells are still being
/// written, and one older record was reopened once.
class MeetingBuilder {
public:
    explicit MeetingBuilder(const DemoContext& context);

    QList<Meeting> build() const;

private:
    QList<Meeting> buildCell(const OrgLayout::Unit& unit) const;
    /// Votes on admissions and recognitions, attached to the last regular meeting before the act.
    QHash<QString, QStringList> membershipVotes(const OrgLayout::Unit& unit,
                                                const QList<MeetingScheduler::Plan>& plans) const;
    Meeting make(const OrgLayout::Unit& unit, const MeetingScheduler::Plan& plan,
                 const QStringList& extras) const;
    static void setTimes(Meeting& meeting, const OrgLayout::Unit& unit, DemoRandom& random);
    void pickOfficers(Meeting& meeting, const QList<qsizetype>& expected) const;
    QStringList upperAttendees(const OrgLayout::Unit& unit, const Meeting& meeting, DemoRandom& random) const;
    void describe(Meeting& meeting, const OrgLayout::Unit& unit, const MeetingScheduler::Plan& plan,
                  const QStringList& extras, DemoRandom& random) const;
    QString nameOf(const QUuid& memberId) const;
    void finishRecent(QList<Meeting>& meetings) const;

    const DemoContext& m_context;
    AttendanceBuilder m_attendance;
    MeetingScheduler m_scheduler;
};

} // namespace chibo
