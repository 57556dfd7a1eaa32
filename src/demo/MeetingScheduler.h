// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/YearMonth.h"
#include "demo/OrgLayout.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chibo {

class DemoContext;
class DemoRandom;

/// When a cell meets: a regular meeting every month around the 5th–10th (weekend evenings in
/// residential cells, weekday afternoons elsewhere), a thematic meeting every quarter (mostly combined
/// with the regular one, sometimes on its own a week later), and a few extraordinary meetings.
/// Only meetings dated on or before asOf are planned.
class MeetingScheduler {
public:
    struct Plan {
        QString key; ///< stable key for ids and random streams
        QDate date;
        MeetingKind kind = MeetingKind::Regular;
        QString purpose; ///< for an extraordinary meeting
    };

    explicit MeetingScheduler(const DemoContext& context);

    QList<Plan> plan(const OrgLayout::Unit& unit) const;
    static QTime startTime(const OrgLayout::Unit& unit);

private:
    static QDate regularDay(const OrgLayout::Unit& unit, YearMonth month, DemoRandom& random);
    void addMonth(QList<Plan>& plans, const OrgLayout::Unit& unit, YearMonth month, int thematicMonth,
                  DemoRandom& random) const;

    const DemoContext& m_context;
};

} // namespace chibo
