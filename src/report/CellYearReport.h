// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/OfficialDocument.h"
#include "report/YearReportData.h"

#include <QCoreApplication>

namespace chibo {

/// A cell's year-end classification report ("Báo cáo kết quả đánh giá, xếp loại chất lượng"): the
/// collective's outcome, every member's level with its reason, the members not rated and why (or
/// awaiting a decision), and the HTXS quota of its grassroots organisation.
class CellYearReport {
    Q_DECLARE_TR_FUNCTIONS(CellYearReport)

public:
    /// `number` 0 leaves the number blank; `date` is the date line.
    static OfficialDocument build(const YearReportData& data, const QUuid& cellId, int number, QDate date);

private:
    static QList<DocumentBlock> collective(const YearReportData& data, const Organisation& cell);
    static QList<DocumentBlock> members(const QList<const ClassificationRow*>& rows);
    static QList<DocumentBlock> notRated(const QList<const ClassificationRow*>& rows);
};

/// The quota lines of the documents: "Đảng bộ xã Ea Sin — HTXS 1 / 2 được phép (không quá 20 % số HTT)".
QList<DocumentBlock> quotaBlocks(const YearReportData& data, const QUuid& scopeOrgId);
/// "HTT" for "htt", "—" for "".
QString levelAbbreviation(const QString& code);

} // namespace chibo
