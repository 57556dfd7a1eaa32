// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/members/MemberRecords.h"
#include "core/Diagnostic.h"

#include <QCoreApplication>
#include <QDate>

namespace chibo {

/// What the member dialog says about the record while it is edited. Pure; recomputed on every edit.
class MemberRecordChecks {
    Q_DECLARE_TR_FUNCTIONS(MemberRecordChecks)

public:
    /// Problems that prevent saving: no name, no cell registration, a month of dues entered twice, a
    /// registration or position without its organisation.
    static Diagnostics blocking(const MemberRecords& records);
    /// Inconsistent dates that are saved as entered but shown as warnings: the histories' own checks
    /// (MemberTimeline), a ceremony before the admission decision, recognition before the ceremony or
    /// before 12 months of probation, probation running past 12 months on `day` without recognition,
    /// admission before 18, events that disagree with the dates on the record, periods ending before
    /// they start.
    static Diagnostics warnings(const MemberRecords& records, QDate day);
};

} // namespace chibo
