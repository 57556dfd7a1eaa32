// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/OfficialDocument.h"
#include "report/YearReportData.h"

#include <QCoreApplication>

namespace chibo {

/// A committee's summary of the year's classification: one row per cell below it with the counts and
/// percentages of its members at HTXS / HTT / HT / KHT, awaiting a decision and not rated, and the cell's
/// own level; a total line; the levels of the grassroots organisations; the HTXS quotas. Landscape.
class CommitteeYearReport {
    Q_DECLARE_TR_FUNCTIONS(CommitteeYearReport)

public:
    static OfficialDocument build(const YearReportData& data, int number, QDate date);

private:
    static DocumentTable cellTable(const YearReportData& data);
    static QList<DocumentBlock> organisations(const YearReportData& data);
};

} // namespace chibo
