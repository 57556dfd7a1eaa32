// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Discipline.h"
#include "core/Member.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

/// Which discipline forms a subject may receive (QĐ 69-QĐ/TW 2022, Art. 7): organisations khiển trách,
/// cảnh cáo, giải tán; full members khiển trách, cảnh cáo, cách chức (only when holding a post),
/// khai trừ; probationary members khiển trách or cảnh cáo only.
class DisciplineRules {
    Q_DECLARE_TR_FUNCTIONS(DisciplineRules)

public:
    /// Forms allowed for `discipline`'s subject on its decision date; `member` is required for a member.
    static QList<DisciplineForm> allowedForms(const Discipline& discipline, const Member* member);
    /// Ok, or an error that names the subject, the form and what is allowed.
    static Status check(const Discipline& discipline, const Member* member);
};

} // namespace chibo
