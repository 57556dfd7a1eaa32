// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MeetingAssessmentSheet.h"

#include "core/OrgTree.h"
#include "report/DocumentHeaders.h"
#include "report/YearReportData.h"
#include "services/ExplainWriter.h"
#include "services/SubjectNames.h"

#include <QLocale>

namespace chibo {

namespace {

QString outcomeText(IndicatorOutcome outcome)
{
    switch (outcome) {
    case IndicatorOutcome::Pass: return MeetingAssessmentSheet::tr("Met");
    case IndicatorOutcome::Fail: return MeetingAssessmentSheet::tr("Not met");
    case IndicatorOutcome::Info: return QString();
    case IndicatorOutcome::Missing: return MeetingAssessmentSheet::tr("Not entered");
    case IndicatorOutcome::NotApplicable: return MeetingAssessmentSheet::tr("Not applicable");
    }
    return {};
}

DocumentTable itemsTable(const ScoreCard& card, const ExplainWriter& writer, bool english)
{
    DocumentTable table;
    table.header = {MeetingAssessmentSheet::tr("No."), MeetingAssessmentSheet::tr("Criterion"),
                    MeetingAssessmentSheet::tr("Value"), MeetingAssessmentSheet::tr("Result")};
    table.widths = {7, 55, 18, 20};
    if (card.hasPoints) {
        table.header.append(MeetingAssessmentSheet::tr("Points"));
        table.widths = {7, 48, 16, 16, 13};
    }
    table.alignments = {Qt::AlignCenter, Qt::AlignLeft, Qt::AlignCenter, Qt::AlignCenter, Qt::AlignCenter};
    for (const IndicatorResult& item : card.indicators) {
        QStringList row{QString::number(table.rows.size() + 1), item.label.pick(english),
                        writer.valueText(item.value), outcomeText(item.outcome)};
        if (card.hasPoints)
            row.append(item.scored ? QStringLiteral("%1/%2").arg(decimalText(item.points),
                                                                 decimalText(item.maxPoints))
                                   : QString());
        table.rows.append(row);
    }
    return table;
}

} // namespace

OfficialDocument MeetingAssessmentSheet::build(const MeetingReportData& data, const CriteriaSet& criteria,
                                               int number)
{
    OfficialDocument document;
    const Organisation* cell = data.cell();
    if (!cell)
        return document;
    const bool english = QLocale().language() == QLocale::English;
    const OrgTree tree(data.organisations);
    document.header = DocumentHeaders::of(*cell, tree, QStringLiteral("PĐG"), number, data.meeting.date);
    document.subject = QStringLiteral("assessment/") + data.meeting.id.toString(QUuid::WithoutBraces);
    document.type = tr("ASSESSMENT SHEET");
    document.summary =
        tr("Quality of the meeting of %1 on %2").arg(cell->name, data.meeting.date.toString(u"dd/MM/yyyy"));
    if (!data.form || !data.card) {
        document.body.append(
            DocumentBlock::paragraph(tr("No meeting-quality form applies to this meeting.")));
    } else {
        document.body.append(DocumentBlock::paragraph(
            tr("Assessed by: %1 (%2).").arg(data.form->title.pick(english), data.form->reference())));
        const SubjectNames names(data.records);
        const ExplainWriter writer(criteria, names, english);
        document.body.append(DocumentBlock::ofTable(itemsTable(*data.card, writer, english)));
        if (data.card->hasPoints)
            document.body.append(DocumentBlock::paragraph(
                tr("Total: %1 of %2 points.")
                    .arg(decimalText(data.card->total), decimalText(data.card->maxTotal))));
        document.body.append(DocumentBlock::paragraph(
            data.card->level.isEmpty()
                ? tr("Band: awaiting the committee's decision (the rules leave it to the committee).")
                : tr("Band: %1.").arg(writer.levelLabel(*data.card, data.card->level))));
    }
    document.signature = DocumentHeaders::signature(*cell, data.records.members, data.meeting.date);
    document.recipients = {DocumentHeaders::upperCommittee(*cell, tree), tr("Filed at the cell")};
    document.recipients.removeAll(QString());
    return document;
}

} // namespace chibo
