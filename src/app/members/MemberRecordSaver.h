// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/members/MemberRecords.h"

#include <QCoreApplication>
#include <QUuid>

#include <optional>

class QUndoStack;

namespace chibo {

class AppContext;

/// Saves what the member dialog changed as undoable edits, each written at once through
/// ChangeCommand<T>: the member's record first, then every created, changed or removed discipline,
/// leave, dues month and assignment. They form one macro on the stack, so one undo reverts the whole
/// dialog. Nothing is pushed when nothing changed.
class MemberRecordSaver {
    Q_DECLARE_TR_FUNCTIONS(MemberRecordSaver)

public:
    enum class Outcome {
        Unchanged, ///< nothing differed; nothing pushed
        Saved,     ///< every edit was saved
        Partial,   ///< the member was saved, some record was refused (its error was shown)
        Refused,   ///< the member's record was refused (error shown); nothing saved, nothing on the stack
    };

    /// `before` is what was loaded (none for a new member); `orgId` is the organisation to tell the other
    /// pages about (the member's cell).
    static Outcome save(AppContext& context, QUndoStack& stack, const QUuid& orgId,
                        const std::optional<MemberRecords>& before, const MemberRecords& after);
    /// How many records would be written.
    static int countChanges(const std::optional<MemberRecords>& before, const MemberRecords& after);
};

} // namespace chibo
