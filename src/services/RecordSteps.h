// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Change.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Result.h"
#include "core/Target.h"
#include "services/SaveSteps.h"

#include <QCoreApplication>

namespace chibo {

class EditContext;

/// The SaveSteps of members, meetings and targets (RecordEditing's contract says what each refuses).
/// The steps refer to `context` and `change`, which must outlive them.
class RecordSteps {
    Q_DECLARE_TR_FUNCTIONS(RecordSteps)

public:
    static Result<SaveSteps<Member>> of(EditContext& context, const Change<Member>& change);
    static Result<SaveSteps<Meeting>> of(EditContext& context, const Change<Meeting>& change);
    static Result<SaveSteps<Target>> of(EditContext& context, const Change<Target>& change);

    /// Whether `after` is `before` reopened: the same meeting with one more lifecycle event that moves it
    /// back from Locked, with a note saying why.
    static bool isReopening(const Meeting& before, const std::optional<Meeting>& after);
};

} // namespace chibo
