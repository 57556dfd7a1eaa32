// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationRow.h"
#include "core/Dataset.h"
#include "core/Result.h"
#include "scoring/CriteriaSet.h"
#include "services/YearRecompute.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace chibo {

class Workspace;

/// What the year-end documents read: the year's proposals for the grassroots organisation at or above
/// `orgId` (or `orgId` itself above that level), the decisions recorded for them, the rows as the
/// year-end page lists them, the quotas counted with the decisions, and the records (names, positions).
struct YearReportData {
    QUuid orgId; ///< the organisation the document is about
    int year = 0;
    QDate asOf;
    Dataset dataset;
    YearProposals proposals;
    /// Every organisation of the database: a document's header names the body above the issuing one.
    QList<Organisation> organisations;
    QList<ClassificationRow> rows;
    QList<QuotaState> quotas;

    /// Reads and proposes (nothing is stored); in the thread that owns the workspace.
    static Result<YearReportData> load(const Workspace& workspace, const CriteriaSet& criteria,
                                       const QUuid& orgId, int year, QDate asOf);
    /// The rows of members of `cellId`, in Vietnamese name order.
    QList<const ClassificationRow*> memberRows(const QUuid& cellId) const;
    /// The row of the organisation itself, or nullptr.
    const ClassificationRow* organisationRow(const QUuid& id) const;
};

/// "93,4%" from a count and a total, exact to the tenth (rounded half up), in the current locale;
/// "—" when the total is 0.
QString percentText(qint64 part, qint64 whole);
/// A whole number as it is, else one decimal in the current locale ("87,5"): points on documents.
QString decimalText(const Rational& value);

} // namespace chibo
