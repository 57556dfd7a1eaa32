// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"

#include <QDate>
#include <QString>

namespace chibo {

class DemoRandom;

/// A meeting record's lifecycle: drafted a few days before, held on the day, minutes approved one to
/// three days later, locked within a week after that. Events after asOf have not happened yet, so a
/// recent meeting may still be held or approved only.
class MeetingLifecycle {
public:
    /// Writes the lifecycle of `meeting` as seen on `asOf`, with `by` (the chair) acting.
    static void write(Meeting& meeting, const QString& by, QDate asOf, DemoRandom& random);
    /// Keeps the events up to the first one in `state`: a record still in draft or still held.
    static void stopAt(Meeting& meeting, MeetingState state);
    /// A locked record opened again to correct the minutes, then approved and locked again.
    static void reopen(Meeting& meeting, const QString& by, QDate asOf);

private:
    static void clip(Meeting& meeting, QDate asOf);
};

} // namespace chibo
