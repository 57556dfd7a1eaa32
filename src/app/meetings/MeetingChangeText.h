// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace chibo {

/// How an edit of a meeting is named on the undo stack ("Edit the minutes"), and the merge key that
/// makes repeated edits of one field of one meeting a single undo step.
class MeetingChangeText {
    Q_DECLARE_TR_FUNCTIONS(MeetingChangeText)

public:
    struct Text {
        QString text;
        QString mergeKey; ///< empty: never merged
    };

    /// The fields the person changed from `before` to `after`; nullopt when nothing changed.
    static std::optional<Text> describe(const Meeting& before, const Meeting& after);
    /// "Attendance of Nguyễn Văn An: Late" and the like.
    static QString attendance(const QString& memberName, const std::optional<Attendance>& before,
                              const Attendance& after);
    /// "Mark the meeting as held", "Reopen the meeting" …
    static QString transition(MeetingState from, MeetingState to);
};

} // namespace chibo
