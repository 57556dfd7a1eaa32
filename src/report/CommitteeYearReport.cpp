// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CommitteeYearReport.h"

#include "core/OrgTree.h"
#include "report/CellYearReport.h"
#include "report/DocumentHeaders.h"
#include "report/LevelCounts.h"

namespace chibo {

namespace {

QStringList countCells(const LevelCounts& counts)
{
    const qint64 base = counts.total;
    return {QString::number(counts.total),
            QString::number(counts.htxs),
            percentText(counts.htxs, base),
            QString::number(counts.htt),
            percentText(counts.htt, base),
            QString::number(counts.ht),
            percentText(counts.ht, base),
            QString::number(counts.kht),
            percentText(counts.kht, base),
            QString::number(counts.undetermined + counts.notRated),
            percentText(counts.undetermined + counts.notRated, base)};
}

QString levelOf(const YearReportData& data, const QUuid& orgId)
{
    const ClassificationRow* row = data.organisationRow(orgId);
    return row ? levelAbbreviation(row->finalLevel) : QString();
}

} // namespace

DocumentTable CommitteeYearReport::cellTable(const YearReportData& data)
{
    DocumentTable table;
    table.header = {tr("No."), tr("Party cell"),  tr("Members"), tr("HTXS"),
                    tr("%"),   tr("HTT"),         tr("%"),       tr("HT"),
                    tr("%"),   tr("KHT"),         tr("%"),       tr("Awaiting or not rated"),
                    tr("%"),   tr("Cell's level")};
    table.widths = {4, 20, 6, 5, 7, 5, 7, 5, 7, 5, 7, 7, 7, 8};
    table.fontPoints = 11;
    table.alignments = {Qt::AlignCenter, Qt::AlignLeft};
    for (int column = 2; column < table.header.size(); ++column)
        table.alignments.append(Qt::AlignCenter);
    const OrgTree tree(data.organisations);
    LevelCounts total;
    int index = 0;
    for (const Organisation* org : tree.subtree(data.orgId)) {
        if (!org->isCell())
            continue;
        const LevelCounts counts = LevelCounts::of(data.memberRows(org->id));
        total += counts;
        table.rows.append(QStringList{QString::number(++index), org->name} + countCells(counts) +
                          QStringList{levelOf(data, org->id)});
    }
    table.rows.append(QStringList{QString(), tr("Total")} + countCells(total) + QStringList{QString()});
    table.boldRows = {int(table.rows.size() - 1)};
    return table;
}

QList<DocumentBlock> CommitteeYearReport::organisations(const YearReportData& data)
{
    QList<DocumentBlock> blocks;
    const OrgTree tree(data.organisations);
    for (const Organisation* org : tree.subtree(data.orgId)) {
        if (org->isCell())
            continue;
        const ClassificationRow* row = data.organisationRow(org->id);
        if (!row)
            continue;
        blocks.append(DocumentBlock::bullet(
            tr("%1: %2 — %3").arg(org->name, levelAbbreviation(row->finalLevel), row->reason)));
    }
    return blocks;
}

OfficialDocument CommitteeYearReport::build(const YearReportData& data, int number, QDate date)
{
    const OrgTree tree(data.organisations);
    const Organisation* org = tree.find(data.orgId);
    OfficialDocument document;
    if (!org)
        return document;
    document.landscape = true;
    document.header = DocumentHeaders::of(*org, tree, QStringLiteral("BC"), number, date);
    document.subject = QStringLiteral("year-report/%1").arg(data.year);
    document.type = tr("REPORT");
    document.summary =
        tr("Summary of the %1 quality classification of Party organisations and members").arg(data.year);
    document.body.append(DocumentBlock::heading(tr("I. MEMBERS BY CELL")));
    document.body.append(DocumentBlock::ofTable(cellTable(data)));
    document.body.append(DocumentBlock::note(tr("Percentages of the members on each cell's roll; levels as "
                                                "decided, else as proposed by the records.")));
    const QList<DocumentBlock> committees = organisations(data);
    if (!committees.isEmpty()) {
        document.body.append(DocumentBlock::heading(tr("II. GRASSROOTS PARTY ORGANISATIONS")));
        document.body += committees;
    }
    document.body.append(DocumentBlock::heading(committees.isEmpty() ? tr("II. THE HTXS QUOTAS")
                                                                     : tr("III. THE HTXS QUOTAS")));
    document.body += quotaBlocks(data, data.orgId);
    document.signature =
        DocumentHeaders::signature(*org, data.dataset.members, date.isValid() ? date : data.asOf);
    const QString upper = DocumentHeaders::upperCommittee(*org, tree);
    document.recipients.append(upper.isEmpty() ? tr("The upper Party committee") : upper);
    document.recipients.append(tr("Filed at the committee's office"));
    return document;
}

} // namespace chibo
