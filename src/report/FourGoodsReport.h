// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/OfficialDocument.h"
#include "services/CommitteeOverview.h"

#include <QCoreApplication>

namespace chibo {

/// The committee's "chi bộ bốn tốt" list for a year: the cells the model (e.g. 21-NQ/TW's four criteria)
/// recognises, then every cell's four criteria — met, not met, or not yet known — and its result, and the
/// cells whose result a person must still decide. Read from the committee overview (one engine run).
class FourGoodsReport {
    Q_DECLARE_TR_FUNCTIONS(FourGoodsReport)

public:
    static OfficialDocument build(const CommitteeOverview& overview, const QList<Organisation>& organisations,
                                  const QList<Member>& members, int number, QDate date);
    /// Reads the committee overview around `orgId` for `year` and builds the list.
    static Result<OfficialDocument> load(const Workspace& workspace, const CriteriaSet& criteria,
                                         const QUuid& orgId, int year, QDate asOf, int number, QDate date);

private:
    static DocumentTable criteriaTable(const CommitteeOverview& overview);
};

} // namespace chibo
