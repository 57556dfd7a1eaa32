// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/MeetingMinutesReport.h"

#include "core/Labels.h"
#include "core/OrgTree.h"
#include "core/PersonNameOrder.h"
#include "core/VietnameseText.h"
#include "report/DocumentHeaders.h"

#include <algorithm>

namespace chibo {

namespace {

QString timeText(QTime time)
{
    return MeetingMinutesReport::tr("%1 h %2").arg(time.hour()).arg(time.minute(), 2, 10, QLatin1Char('0'));
}

/// The attendance rows in Vietnamese name order.
QList<const Attendance*> sortedAttendance(const MeetingReportData& data)
{
    QList<const Attendance*> rows;
    for (const Attendance& row : data.meeting.attendance)
        rows.append(&row);
    const PersonNameOrder order;
    std::stable_sort(rows.begin(), rows.end(), [&](const Attendance* a, const Attendance* b) {
        const QString nameA = data.nameOf(a->memberId);
        const QString nameB = data.nameOf(b->memberId);
        return order.compare(VietnameseText::lastWord(nameA), nameA, VietnameseText::lastWord(nameB), nameB) <
               0;
    });
    return rows;
}

} // namespace

QList<DocumentBlock> MeetingMinutesReport::opening(const MeetingReportData& data)
{
    const Meeting& meeting = data.meeting;
    QList<DocumentBlock> blocks;
    if (meeting.start.isValid())
        blocks.append(DocumentBlock::paragraph(
            tr("Time: from %1 on %2.").arg(timeText(meeting.start), meeting.date.toString(u"dd/MM/yyyy"))));
    else
        blocks.append(DocumentBlock::paragraph(tr("Date: %1.").arg(meeting.date.toString(u"dd/MM/yyyy"))));
    if (!meeting.place.isEmpty())
        blocks.append(DocumentBlock::paragraph(tr("Place: %1.").arg(meeting.place)));
    QString kind = tr("Kind: %1.").arg(Labels::of(meeting.kind));
    if (!meeting.topic.isEmpty())
        kind += u' ' + tr("Topic: %1.").arg(meeting.topic);
    blocks.append(DocumentBlock::paragraph(kind));
    blocks.append(
        DocumentBlock::paragraph(tr("Chaired by: %1. Minutes taken by: %2.")
                                     .arg(data.nameOf(meeting.chairId), data.nameOf(meeting.minuteTakerId))));
    if (!meeting.upperAttendees.isEmpty())
        blocks.append(DocumentBlock::paragraph(tr("Representatives of the upper committee: %1.")
                                                   .arg(meeting.upperAttendees.join(QStringLiteral("; ")))));
    return blocks;
}

QList<DocumentBlock> MeetingMinutesReport::attendance(const MeetingReportData& data)
{
    qint64 present = 0;
    QStringList late;
    QStringList excused;
    QStringList unexcused;
    for (const Attendance* row : sortedAttendance(data)) {
        const QString name = data.nameOf(row->memberId);
        const QString why = row->reason != AbsenceReason::None ? Labels::of(row->reason) : row->note;
        present += row->attended() ? 1 : 0;
        if (row->status == AttendanceStatus::Late)
            late.append(name);
        else if (row->status == AttendanceStatus::AbsentExcused)
            excused.append(why.isEmpty() ? name : tr("%1 (%2)").arg(name, why));
        else if (row->status == AttendanceStatus::AbsentUnexcused)
            unexcused.append(name);
    }
    QList<DocumentBlock> blocks{DocumentBlock::heading(tr("I. ATTENDANCE"))};
    blocks.append(DocumentBlock::paragraph(
        tr("Members expected: %1; present: %2.").arg(data.meeting.attendance.size()).arg(present)));
    const auto list = [](const QStringList& names) {
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    };
    blocks.append(DocumentBlock::bullet(tr("Late: %1.").arg(list(late))));
    blocks.append(DocumentBlock::bullet(tr("Absent with leave: %1.").arg(list(excused))));
    blocks.append(DocumentBlock::bullet(tr("Absent without leave: %1.").arg(list(unexcused))));
    return blocks;
}

QList<DocumentBlock> MeetingMinutesReport::content(const MeetingReportData& data)
{
    const Meeting& meeting = data.meeting;
    QList<DocumentBlock> blocks{DocumentBlock::heading(tr("II. AGENDA"))};
    for (const QString& item : meeting.agenda)
        blocks.append(DocumentBlock::bullet(item));
    blocks.append(DocumentBlock::heading(tr("III. PROCEEDINGS")));
    const QStringList paragraphs = meeting.minutes.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& text : paragraphs)
        blocks.append(DocumentBlock::paragraph(text.trimmed()));
    if (paragraphs.isEmpty())
        blocks.append(DocumentBlock::paragraph(tr("(No minutes were recorded.)")));
    blocks.append(DocumentBlock::paragraph(tr("Members who spoke: %1.").arg(meeting.speakersCount)));
    blocks.append(DocumentBlock::heading(tr("IV. CONCLUSION AND TARGETS")));
    if (!meeting.conclusion.isEmpty())
        blocks.append(DocumentBlock::paragraph(meeting.conclusion));
    DocumentTable targets;
    targets.header = {tr("No."), tr("Target"), tr("Responsible"), tr("Due")};
    targets.widths = {7, 53, 25, 15};
    targets.alignments = {Qt::AlignCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignCenter};
    for (const Target& target : data.records.targets) {
        if (target.meetingId != meeting.id)
            continue;
        targets.rows.append(
            {QString::number(targets.rows.size() + 1), target.title,
             target.ownerMemberId.isNull() ? tr("The whole cell") : data.nameOf(target.ownerMemberId),
             target.dueMonth.isValid() ? QStringLiteral("%1/%2")
                                             .arg(target.dueMonth.month, 2, 10, QLatin1Char('0'))
                                             .arg(target.dueMonth.year)
                                       : QString()});
    }
    if (!targets.rows.isEmpty())
        blocks.append(DocumentBlock::ofTable(std::move(targets)));
    if (meeting.end.isValid())
        blocks.append(DocumentBlock::paragraph(tr("The meeting ended at %1 (%2 minutes).")
                                                   .arg(timeText(meeting.end))
                                                   .arg(meeting.durationMinutes())));
    if (meeting.state >= MeetingState::MinutesApproved)
        blocks.append(DocumentBlock::paragraph(tr("The minutes were read out to the cell and approved.")));
    return blocks;
}

QList<DocumentBlock> MeetingMinutesReport::attendanceSheet(const MeetingReportData& data)
{
    QList<DocumentBlock> blocks{DocumentBlock::newPage(
        tr("ATTENDANCE SHEET OF THE MEETING ON %1").arg(data.meeting.date.toString(u"dd/MM/yyyy")))};
    DocumentTable table;
    table.header = {tr("No."), tr("Full name"), tr("Attendance"), tr("Signature")};
    table.widths = {7, 40, 25, 28};
    table.alignments = {Qt::AlignCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
    table.rowHeightLines = 1;
    for (const Attendance* row : sortedAttendance(data))
        table.rows.append({QString::number(table.rows.size() + 1), data.nameOf(row->memberId),
                           Labels::of(row->status), QString()});
    blocks.append(DocumentBlock::ofTable(std::move(table)));
    return blocks;
}

OfficialDocument MeetingMinutesReport::build(const MeetingReportData& data, int number)
{
    OfficialDocument document;
    const Organisation* cell = data.cell();
    if (!cell)
        return document;
    const OrgTree tree(data.organisations);
    document.header = DocumentHeaders::of(*cell, tree, QStringLiteral("BB"), number, data.meeting.date);
    document.subject = QStringLiteral("minutes/") + data.meeting.id.toString(QUuid::WithoutBraces);
    document.type = tr("MINUTES");
    document.summary = tr("Meeting of %1, %2").arg(cell->name, data.meeting.date.toString(u"MM/yyyy"));
    document.body = opening(data) + attendance(data) + content(data);
    document.leftSignature =
        DocumentSignature{{}, tr("MINUTE TAKER"), data.nameOf(data.meeting.minuteTakerId)};
    document.signature =
        DocumentSignature{tr("ON BEHALF OF THE CELL"), tr("CHAIR"), data.nameOf(data.meeting.chairId)};
    document.appendix = attendanceSheet(data);
    return document;
}

} // namespace chibo
