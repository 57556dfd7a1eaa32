// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Change.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Rating.h"
#include "core/Result.h"
#include "services/SaveSteps.h"

#include <QCoreApplication>

namespace chibo {

class EditContext;

/// The SaveSteps of the records that hang off a member (assignments, disciplines, leave, dues) and of
/// ratings. They belong to the member's current cells (MemberCells); a discipline of a committee or an
/// organisation belongs to that organisation; a rating to its subject's organisation. The steps refer to
/// `context` and `change`, which must outlive them.
class MemberRecordSteps {
    Q_DECLARE_TR_FUNCTIONS(MemberRecordSteps)

public:
    static Result<SaveSteps<Assignment>> of(EditContext& context, const Change<Assignment>& change);
    static Result<SaveSteps<Discipline>> of(EditContext& context, const Change<Discipline>& change);
    static Result<SaveSteps<Leave>> of(EditContext& context, const Change<Leave>& change);
    static Result<SaveSteps<DuesRecord>> of(EditContext& context, const Change<DuesRecord>& change);
    static Result<SaveSteps<Rating>> of(EditContext& context, const Change<Rating>& change);
};

} // namespace chibo
