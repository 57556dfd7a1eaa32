// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CellYearReport.h"

#include "core/OrgTree.h"
#include "report/DocumentHeaders.h"
#include "report/LevelCounts.h"

#include <QLocale>

namespace chibo {

namespace {

bool english()
{
    return QLocale().language() == QLocale::English;
}

QString pointsText(const ClassificationRow& row)
{
    if (!row.points || !row.maxPoints)
        return {};
    return QStringLiteral("%1/%2").arg(decimalText(*row.points), decimalText(*row.maxPoints));
}

} // namespace

QString levelAbbreviation(const QString& code)
{
    return code.isEmpty() ? QStringLiteral("—") : code.toUpper();
}

QList<DocumentBlock> quotaBlocks(const YearReportData& data, const QUuid& scopeOrgId)
{
    QList<DocumentBlock> blocks;
    const OrgTree tree(data.organisations);
    for (const QuotaState& quota : data.quotas) {
        if (quota.scopeOrgId != scopeOrgId && !tree.isInSubtree(quota.scopeOrgId, scopeOrgId))
            continue;
        const Organisation* scope = tree.find(quota.scopeOrgId);
        const QString line = CellYearReport::tr("%1 — %2: %3 %4 of %5 allowed (%6).")
                                 .arg(scope ? scope->name : QString(), quota.label.pick(english()))
                                 .arg(quota.current)
                                 .arg(levelAbbreviation(quota.level))
                                 .arg(quota.allowed)
                                 .arg(quota.legalRef);
        blocks.append(DocumentBlock::bullet(
            quota.exceeded() ? line + u' ' + CellYearReport::tr("The quota is exceeded.") : line));
    }
    if (blocks.isEmpty())
        blocks.append(DocumentBlock::paragraph(CellYearReport::tr("No quota applies to this year's rules.")));
    return blocks;
}

QList<DocumentBlock> CellYearReport::collective(const YearReportData& data, const Organisation& cell)
{
    QList<DocumentBlock> blocks{DocumentBlock::heading(tr("I. THE CELL AS A COLLECTIVE"))};
    const ClassificationRow* row = data.organisationRow(cell.id);
    if (!row) {
        blocks.append(DocumentBlock::paragraph(
            tr("No classification rules for Party organisations are in force for %1.").arg(data.year)));
        return blocks;
    }
    const QString points = pointsText(*row);
    const QString proposed =
        row->proposedLevel.isEmpty()
            ? tr("The records give %1 no level yet: %2").arg(cell.name, row->reason)
            : tr("Proposed level: %1 (%2)%3. Reason: %4")
                  .arg(row->proposedLabel, levelAbbreviation(row->proposedLevel),
                       points.isEmpty() ? QString() : tr(", %1 points").arg(points), row->reason);
    blocks.append(DocumentBlock::paragraph(proposed));
    if (row->isDecided())
        blocks.append(DocumentBlock::paragraph(row->decisionNote));
    return blocks;
}

QList<DocumentBlock> CellYearReport::members(const QList<const ClassificationRow*>& rows)
{
    const LevelCounts counts = LevelCounts::of(rows);
    const qint64 rated = counts.total - counts.notRated;
    QList<DocumentBlock> blocks{DocumentBlock::heading(tr("II. THE MEMBERS"))};
    blocks.append(DocumentBlock::paragraph(tr("%1 members on the roll, %2 reviewed: HTXS %3 (%4), HTT %5 "
                                              "(%6), HT %7 (%8), KHT %9 (%10); %11 awaiting "
                                              "a decision; %12 not rated.")
                                               .arg(counts.total)
                                               .arg(rated)
                                               .arg(counts.htxs)
                                               .arg(percentText(counts.htxs, rated))
                                               .arg(counts.htt)
                                               .arg(percentText(counts.htt, rated))
                                               .arg(counts.ht)
                                               .arg(percentText(counts.ht, rated))
                                               .arg(counts.kht)
                                               .arg(percentText(counts.kht, rated))
                                               .arg(counts.undetermined)
                                               .arg(counts.notRated)));
    DocumentTable table;
    table.header = {tr("No."), tr("Full name"), tr("Points"), tr("Proposed"), tr("Decided"), tr("Reason")};
    table.widths = {6, 26, 12, 11, 11, 34};
    table.alignments = {Qt::AlignCenter, Qt::AlignLeft, Qt::AlignCenter, Qt::AlignCenter, Qt::AlignCenter};
    int index = 0;
    for (const ClassificationRow* row : rows) {
        if (!row->rated)
            continue;
        table.rows.append({QString::number(++index), row->subjectName, pointsText(*row),
                           levelAbbreviation(row->proposedLevel),
                           row->isDecided() ? levelAbbreviation(row->decidedLevel) : QString(), row->reason});
    }
    blocks.append(DocumentBlock::ofTable(std::move(table)));
    return blocks;
}

QList<DocumentBlock> CellYearReport::notRated(const QList<const ClassificationRow*>& rows)
{
    QList<DocumentBlock> blocks{DocumentBlock::heading(tr("III. MEMBERS NOT RATED OR AWAITING A DECISION"))};
    for (const ClassificationRow* row : rows) {
        if (!row->rated)
            blocks.append(DocumentBlock::bullet(tr("%1 — not rated: %2").arg(row->subjectName, row->reason)));
        else if (row->finalLevel.isEmpty())
            blocks.append(DocumentBlock::bullet(
                tr("%1 — awaiting the committee's decision: %2").arg(row->subjectName, row->reason)));
    }
    if (blocks.size() == 1)
        blocks.append(DocumentBlock::paragraph(tr("None.")));
    return blocks;
}

OfficialDocument CellYearReport::build(const YearReportData& data, const QUuid& cellId, int number,
                                       QDate date)
{
    const OrgTree tree(data.organisations);
    const Organisation* cell = tree.find(cellId);
    OfficialDocument document;
    if (!cell)
        return document;
    document.header = DocumentHeaders::of(*cell, tree, QStringLiteral("BC"), number, date);
    document.subject = QStringLiteral("year-report/%1").arg(data.year);
    document.type = tr("REPORT");
    document.summary =
        tr("Results of the %1 quality review and classification of the cell and its members").arg(data.year);
    document.body += collective(data, *cell);
    const QList<const ClassificationRow*> rows = data.memberRows(cellId);
    document.body += members(rows);
    document.body += notRated(rows);
    document.body.append(DocumentBlock::heading(tr("IV. THE HTXS QUOTA")));
    const Organisation* grassroots = tree.grassrootsOf(cellId);
    document.body += quotaBlocks(data, grassroots ? grassroots->id : cellId);
    document.signature =
        DocumentHeaders::signature(*cell, data.dataset.members, date.isValid() ? date : data.asOf);
    const QString upper = DocumentHeaders::upperCommittee(*cell, tree);
    if (!upper.isEmpty())
        document.recipients.append(upper);
    document.recipients.append(tr("Filed at the cell"));
    return document;
}

} // namespace chibo
