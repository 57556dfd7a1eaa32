// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Organisation.h"
#include "core/YearMonth.h"

#include <QString>
#include <QStringList>

namespace chibo {

class DemoRandom;

/// Writes a meeting's minutes (a few Vietnamese sentences) and its conclusion from the facts of the
/// meeting: who chaired, who attended, what was discussed. Work reports follow the season (coffee
/// harvest, dry season, school year, conscription).
class MinutesWriter {
public:
    struct Facts {
        MeetingKind kind = MeetingKind::Regular;
        CellType type = CellType::Residential;
        YearMonth month;
        QString chair;
        QString minuteTaker;
        QStringList upperAttendees;
        int expected = 0;
        int present = 0;
        int excused = 0;
        int unexcused = 0;
        int speakers = 0;
        QString topic;
        QString purpose;
    };

    static QString minutes(DemoRandom& random, const Facts& facts);
    /// Counts `meeting`'s attendance into `facts`, draws how many spoke, and writes the minutes and the
    /// conclusion into the meeting. `facts` brings the rest (kind, cell type, month, names, topic).
    static void write(Meeting& meeting, Facts facts, DemoRandom& random);
    static QString conclusion(DemoRandom& random, const Facts& facts);

private:
    static QString achievement(DemoRandom& random, CellType type, YearMonth month);
    static QString nextTasks(DemoRandom& random, CellType type, YearMonth month);
};

} // namespace chibo
