// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/YearReportData.h"

#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "core/Progress.h"
#include "services/ClassificationRows.h"
#include "services/ScoringSnapshot.h"
#include "services/Workspace.h"

#include <QLocale>

#include <algorithm>

namespace chibo {

Result<YearReportData> YearReportData::load(const Workspace& workspace, const CriteriaSet& criteria,
                                            const QUuid& orgId, int year, QDate asOf)
{
    const auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    const OrgTree all(*organisations);
    const Organisation* grassroots = all.grassrootsOf(orgId);
    auto snapshot = ScoringSnapshot::load(workspace, grassroots ? grassroots->id : orgId);
    if (!snapshot)
        return snapshot.error();
    NoProgress progress;
    auto proposals = YearRecompute::compute(criteria, *snapshot, year, asOf, progress);
    if (!proposals)
        return proposals.error();
    if (Status read = YearRecompute::reloadDecisions(workspace, proposals->classification); !read)
        return read.error();
    YearReportData data{
        orgId,          year, asOf, std::move(snapshot->dataset), std::move(proposals).value(),
        *organisations, {},   {}};
    const OrgTree tree(data.dataset.organisations);
    const bool english = QLocale().language() == QLocale::English;
    data.rows = ClassificationRows::build(data.proposals.classification, criteria, data.proposals.names, tree,
                                          english);
    data.quotas = YearRecompute::quotasAfterDecisions(data.proposals.classification, tree);
    return data;
}

QList<const ClassificationRow*> YearReportData::memberRows(const QUuid& cellId) const
{
    QList<const ClassificationRow*> members;
    for (const ClassificationRow& row : rows) {
        if (row.isMember && row.orgId == cellId)
            members.append(&row);
    }
    const PersonNameOrder order;
    std::stable_sort(
        members.begin(), members.end(), [&](const ClassificationRow* a, const ClassificationRow* b) {
            return order.compare(a->sortGivenName, a->subjectName, b->sortGivenName, b->subjectName) < 0;
        });
    return members;
}

const ClassificationRow* YearReportData::organisationRow(const QUuid& id) const
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&](const ClassificationRow& row) {
        return !row.isMember && row.subjectId == id;
    });
    return found == rows.cend() ? nullptr : &*found;
}

QString percentText(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    const qint64 tenths = (part * 1000 + whole / 2) / whole;
    return QStringLiteral("%1%2%3%").arg(tenths / 10).arg(QLocale().decimalPoint()).arg(tenths % 10);
}

QString decimalText(const Rational& value)
{
    return value.isInteger() ? QString::number(value.numerator())
                             : value.toDecimal(1).replace(u'.', QLocale().decimalPoint());
}

} // namespace chibo
