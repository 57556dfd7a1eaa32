// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Organisation.h"
#include "core/YearMonth.h"

#include <QString>
#include <QStringList>

namespace chibo {

class DemoRandom;

/// The Vietnamese wording of a meeting's subject and agenda: quarterly thematic subjects (general ones
/// from the year's political calendar, or ones that fit the cell type) and agenda items by kind.
class MeetingTexts {
public:
    static QString thematicTopic(DemoRandom& random, CellType type, bool edeVillage, YearMonth month);
    /// The agenda of a meeting; `extras` (votes, reviews) go before the next month's tasks.
    static QStringList agenda(MeetingKind kind, const QString& topic, const QString& purpose,
                              const QStringList& extras);
    /// Items the calendar adds: the year's work programme in January, the half-year review in July,
    /// the annual review and classification in December.
    static QStringList calendarItems(YearMonth month);
};

} // namespace chibo
