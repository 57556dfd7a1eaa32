// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FourGoodsReport.h"

#include "core/OrgTree.h"
#include "report/DocumentHeaders.h"
#include "services/Workspace.h"

#include <QLocale>

namespace chibo {

namespace {

QString truthText(Truth truth)
{
    switch (truth) {
    case Truth::True: return FourGoodsReport::tr("Met");
    case Truth::False: return FourGoodsReport::tr("Not met");
    case Truth::Unknown: return FourGoodsReport::tr("Not yet known");
    }
    return {};
}

QString resultText(const CommitteeOverviewRow& row)
{
    if (!row.modelRated)
        return FourGoodsReport::tr("Not rated");
    if (row.modelLevel == u"dat")
        return FourGoodsReport::tr("Recognised");
    if (row.modelLevel.isEmpty())
        return FourGoodsReport::tr("Awaiting a decision");
    return FourGoodsReport::tr("Not recognised");
}

} // namespace

DocumentTable FourGoodsReport::criteriaTable(const CommitteeOverview& overview)
{
    DocumentTable table;
    table.header = {tr("No."), tr("Party cell")};
    for (const QString& section : overview.sections)
        table.header.append(tr("Criterion %1").arg(section));
    table.header.append(tr("Result"));
    const int criterionWidth = overview.sections.isEmpty() ? 0 : int(48 / overview.sections.size());
    table.widths = {7, 27};
    table.alignments = {Qt::AlignCenter, Qt::AlignLeft};
    for (qsizetype i = 0; i < overview.sections.size(); ++i) {
        table.widths.append(criterionWidth);
        table.alignments.append(Qt::AlignCenter);
    }
    table.widths.append(100 - 34 - criterionWidth * int(overview.sections.size()));
    table.alignments.append(Qt::AlignCenter);
    for (const CommitteeOverviewRow& row : overview.rows) {
        QStringList cells{QString::number(table.rows.size() + 1), row.name};
        for (qsizetype i = 0; i < overview.sections.size(); ++i)
            cells.append(truthText(row.sections.value(i, Truth::Unknown)));
        cells.append(resultText(row));
        table.rows.append(cells);
    }
    return table;
}

Result<OfficialDocument> FourGoodsReport::load(const Workspace& workspace, const CriteriaSet& criteria,
                                               const QUuid& orgId, int year, QDate asOf, int number,
                                               QDate date)
{
    const auto overview = CommitteeOverview::load(workspace, criteria, orgId, year, asOf);
    if (!overview)
        return overview.error();
    const auto organisations = workspace.storage().organisations().all();
    if (!organisations)
        return organisations.error();
    QList<QUuid> subtree; // whoever holds the committee's secretary position is registered somewhere below it
    const OrgTree tree(*organisations);
    for (const Organisation* org : tree.subtree(overview->rootId))
        subtree.append(org->id);
    const auto members = workspace.storage().members().registeredIn(subtree);
    if (!members)
        return members.error();
    return build(*overview, *organisations, *members, number, date);
}

OfficialDocument FourGoodsReport::build(const CommitteeOverview& overview,
                                        const QList<Organisation>& organisations,
                                        const QList<Member>& members, int number, QDate date)
{
    const OrgTree tree(organisations);
    const Organisation* org = tree.find(overview.rootId);
    OfficialDocument document;
    if (!org)
        return document;
    const bool english = QLocale().language() == QLocale::English;
    const QString model = overview.cellModel ? overview.cellModel->title.pick(english) : tr("the cell model");
    document.header = DocumentHeaders::of(*org, tree, QStringLiteral("DS"), number, date);
    document.subject = QStringLiteral("four-goods/%1").arg(overview.year);
    document.type = tr("LIST");
    document.summary = tr("Cells recognised as “%1” in %2").arg(model).arg(overview.year);
    if (!overview.cellModel) {
        document.body.append(
            DocumentBlock::paragraph(tr("No cell model is in force for %1.").arg(overview.year)));
    } else {
        document.body.append(DocumentBlock::heading(tr("I. CELLS RECOGNISED")));
        qsizetype recognised = 0;
        for (const CommitteeOverviewRow& row : overview.rows) {
            if (row.modelLevel == u"dat") {
                document.body.append(DocumentBlock::bullet(row.name));
                ++recognised;
            }
        }
        if (recognised == 0)
            document.body.append(DocumentBlock::paragraph(tr("No cell is recognised yet.")));
        document.body.append(DocumentBlock::heading(tr("II. EACH CELL'S CRITERIA")));
        document.body.append(DocumentBlock::ofTable(criteriaTable(overview)));
        document.body.append(
            DocumentBlock::note(tr("Criteria not yet known need an entry or a decision by the "
                                   "committee; ChiBo does not guess them.")));
    }
    document.signature = DocumentHeaders::signature(*org, members, date);
    const QString upper = DocumentHeaders::upperCommittee(*org, tree);
    document.recipients.append(upper.isEmpty() ? tr("The upper Party committee") : upper);
    document.recipients.append(tr("Filed at the committee's office"));
    return document;
}

} // namespace chibo
