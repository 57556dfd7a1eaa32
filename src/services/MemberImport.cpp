// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberImport.h"

#include "services/AscendingUuids.h"
#include "services/AuditRecords.h"
#include "services/EditContext.h"
#include "services/MemberBatch.h"
#include "services/MemberImportChecks.h"
#include "services/MemberRowReader.h"
#include "services/StatusHistoryReader.h"
#include "services/StatusHistorySheet.h"
#include "storage/Storage.h"

#include <QHash>

#include <algorithm>

namespace chibo {

namespace {

/// Fields a member cannot be created without: the sex has no "unknown" in the record.
const MemberField requiredFields[] = {MemberField::FullName, MemberField::Sex};

QStringList headerTexts(const QList<SheetValue>& cells)
{
    QStringList texts;
    for (const SheetValue& cell : cells)
        texts.append(MemberRowReader::display(cell));
    return texts;
}

/// Each column mapped by its header; a field already taken by an earlier column is not mapped again.
QList<std::optional<MemberField>> mappingOf(const QStringList& headers)
{
    QList<std::optional<MemberField>> mapping;
    for (const QString& header : headers) {
        const auto field = MemberFields::match(header);
        mapping.append(field && !mapping.contains(field) ? field : std::nullopt);
    }
    return mapping;
}

bool isHeaderRow(const QList<std::optional<MemberField>>& mapping)
{
    const auto mapped =
        std::count_if(mapping.begin(), mapping.end(), [](const auto& f) { return f.has_value(); });
    return mapping.contains(MemberField::FullName) && mapped >= 2;
}

QStringList mappingProblems(const QList<std::optional<MemberField>>& mapping)
{
    QStringList problems;
    for (const MemberField field : MemberFields::all()) {
        QStringList columns;
        for (qsizetype column = 0; column < mapping.size(); ++column) {
            if (mapping[column] == field)
                columns.append(SheetGrid::columnName(int(column)));
        }
        if (columns.size() > 1)
            problems.append(MemberImport::tr("%1 is read from more than one column (%2); choose one.")
                                .arg(MemberFields::label(field), columns.join(QStringLiteral(", "))));
        else if (columns.isEmpty() && std::find(std::begin(requiredFields), std::end(requiredFields),
                                                field) != std::end(requiredFields))
            problems.append(
                MemberImport::tr("No column is read as %1; it is required.").arg(MemberFields::label(field)));
    }
    return problems;
}

/// Whether a row holds anything to import (a template's numbered empty rows hold nothing).
bool hasMappedValue(const QList<SheetValue>& cells, const QList<std::optional<MemberField>>& mapping)
{
    for (qsizetype column = 0; column < mapping.size(); ++column) {
        if (mapping[column] && !MemberRowReader::display(cells.value(column)).isEmpty())
            return true;
    }
    return false;
}

/// The events of the status history by the members sheet's row of their member.
QHash<int, QList<StatusEvent>> eventsByMemberRow(const MemberImportPreview& preview)
{
    QHash<int, QList<StatusEvent>> events;
    for (const StatusHistoryRow& row : preview.history)
        events[row.memberRow].append(row.event);
    return events;
}

/// At most how many ids newMember() takes for all of `preview`'s members: each member's own, their
/// admission's, their recognition's and their registration's, and one for every event of the history.
qsizetype idsNeeded(const MemberImportPreview& preview)
{
    return 4 * preview.rows.size() + preview.history.size();
}

Member newMember(const MemberImportRow& row, const QList<StatusEvent>& history, const QUuid& cellId,
                 QDate day, AscendingUuids& ids)
{
    Member member = row.member;
    member.id = ids.next();
    member.statusEvents = {
        StatusEvent{ids.next(), MemberImport::admittedOn(member, day), StatusEventKind::Admitted, {}, {}}};
    if (member.officialDate.isValid())
        member.statusEvents.append(
            StatusEvent{ids.next(), member.officialDate, StatusEventKind::Recognised, {}, {}});
    for (StatusEvent event : history) {
        if (StatusHistorySheet::datedByMembersTable(event.kind)) {
            // The row the reader matched to the date of the members sheet: it gives the decision and note.
            for (StatusEvent& dated : member.statusEvents) {
                if (dated.kind == event.kind) {
                    dated.decision = event.decision;
                    dated.note = event.note;
                }
            }
            continue;
        }
        event.id = ids.next();
        member.statusEvents.append(event);
    }
    std::stable_sort(member.statusEvents.begin(), member.statusEvents.end(),
                     [](const StatusEvent& a, const StatusEvent& b) { return a.date < b.date; });
    member.memberships = {CellMembership{ids.next(), cellId, day, {}, CellMembership::Kind::Official}};
    member.positions.clear();
    return member;
}

Error nothingImported(const QString& code, const QString& sourceName, const QStringList& reasons)
{
    return Error{code, MemberImport::tr("Nothing was imported.") + u'\n' + reasons.join(u'\n'), sourceName};
}

/// The checks before the writes, inside the transaction: a cell the session may edit, and identifiers that
/// nobody in the database has yet. Returns the stored members it read.
Result<QList<Member>> mayImportInto(const EditContext& context, const MemberImportPreview& preview,
                                    const QUuid& cellId)
{
    const Organisation* cell = context.organisations().find(cellId);
    if (!cell || !cell->isCell())
        return Error{QStringLiteral("import.not-a-cell"),
                     MemberImport::tr("Members are imported into a Party cell; %1 is not one.")
                         .arg(cell ? cell->name : cellId.toString(QUuid::WithoutBraces)),
                     {}};
    if (Status allowed = context.mayEdit({cellId}, cell->name); !allowed)
        return allowed.error();
    auto stored = context.storage().members().all();
    if (!stored)
        return stored.error();
    const QStringList duplicates = MemberImportChecks::duplicatesOf(preview, *stored);
    if (!duplicates.isEmpty())
        return nothingImported(QStringLiteral("import.duplicate"), preview.sourceName, duplicates);
    return stored;
}

} // namespace

int MemberImportPreview::problemCount() const
{
    int count = int(problems.size());
    for (const MemberImportRow& row : rows)
        count += int(row.problems.size());
    return count;
}

int MemberImportPreview::warningCount() const
{
    int count = 0;
    for (const MemberImportRow& row : rows)
        count += int(row.warnings.size());
    return count;
}

QStringList MemberImportPreview::unmappedColumns() const
{
    QStringList columns;
    for (qsizetype column = 0; column < headers.size(); ++column) {
        if (!mapping.value(column) && !headers[column].isEmpty())
            columns.append(
                QStringLiteral("%1 (%2)").arg(SheetGrid::columnName(int(column)), headers[column]));
    }
    return columns;
}

Result<MemberImportPreview> MemberImport::preview(const SheetGrid& grid, QDate day,
                                                  const std::optional<SheetGrid>& history)
{
    for (qsizetype index = 0; index < grid.rows.size(); ++index) {
        auto mapping = mappingOf(headerTexts(grid.rows[index]));
        if (isHeaderRow(mapping))
            return remap(grid, int(index) + 1, std::move(mapping), day, history);
    }
    QStringList others;
    for (const MemberField field : MemberFields::all()) {
        if (field != MemberField::FullName)
            others.append(u'“' + MemberFields::label(field) + u'”');
    }
    return Error{
        QStringLiteral("import.no-header"),
        tr("No header row found: expected a row with a “%1” column and at least one of %2 (in English "
           "or Vietnamese, with or without diacritics).")
            .arg(MemberFields::label(MemberField::FullName), others.join(QStringLiteral(", "))),
        grid.sourceName};
}

MemberImportPreview MemberImport::remap(const SheetGrid& grid, int headerRow,
                                        QList<std::optional<MemberField>> mapping, QDate day,
                                        const std::optional<SheetGrid>& history)
{
    MemberImportPreview preview;
    preview.sourceName = grid.sourceName;
    preview.headerRow = headerRow;
    const bool inside = headerRow >= 1 && headerRow <= grid.rows.size();
    preview.headers = inside ? headerTexts(grid.rows[headerRow - 1]) : QStringList();
    qsizetype width = preview.headers.size();
    for (qsizetype index = std::max(headerRow, 0); index < grid.rows.size(); ++index)
        width = std::max(width, grid.rows[index].size());
    while (preview.headers.size() < width)
        preview.headers.append(QString());
    mapping.resize(width);
    preview.mapping = std::move(mapping);
    preview.problems = mappingProblems(preview.mapping);
    const MemberRowReader reader(preview.headers, preview.mapping, day);
    preview.rows.reserve(std::max<qsizetype>(grid.rows.size() - std::max(headerRow, 0), 0));
    for (qsizetype index = std::max(headerRow, 0); index < grid.rows.size(); ++index) {
        if (hasMappedValue(grid.rows[index], preview.mapping))
            preview.rows.append(reader.read(int(index) + 1, grid.rows[index]));
    }
    MemberImportChecks::markDuplicatesInFile(preview);
    if (history)
        StatusHistoryReader::read(*history, day, preview);
    MemberImportChecks::warnAboutStatuses(grid, preview);
    return preview;
}

std::optional<SheetGrid> MemberImport::historyOf(const QList<SheetGrid>& sheets)
{
    for (qsizetype index = 1; index < sheets.size(); ++index) {
        if (StatusHistoryReader::headerRowOf(sheets[index]) > 0)
            return sheets[index];
    }
    return std::nullopt;
}

QDate MemberImport::admittedOn(const Member& member, QDate day)
{
    return member.ceremonyDate.isValid()            ? member.ceremonyDate
           : member.admissionDecisionDate.isValid() ? member.admissionDecisionDate
                                                    : day;
}

Status MemberImport::check(Workspace& workspace, const Session& session, const MemberImportPreview& preview,
                           const QUuid& cellId)
{
    EditContext context(workspace, session);
    if (Status opened = context.open(); !opened)
        return opened;
    const auto allowed = mayImportInto(context, preview, cellId);
    return allowed ? Status() : Status(allowed.error());
}

Result<int> MemberImport::commit(Workspace& workspace, const Session& session,
                                 const MemberImportPreview& preview, const QUuid& cellId, QDate day)
{
    if (preview.hasProblems())
        return Error{
            QStringLiteral("import.problems"),
            tr("Nothing was imported: %n problem(s) to correct first.", nullptr, preview.problemCount()),
            preview.sourceName};
    EditContext context(workspace, session);
    if (Status opened = context.open(); !opened)
        return opened.error();
    const auto stored = mayImportInto(context, preview, cellId);
    if (!stored)
        return stored.error();
    const QHash<int, QList<StatusEvent>> history = eventsByMemberRow(preview);
    MemberBatch batch(context, *stored);
    AscendingUuids ids(idsNeeded(preview));
    for (const MemberImportRow& row : preview.rows) {
        const Result<QUuid> saved = batch.create(newMember(row, history.value(row.row), cellId, day, ids));
        if (!saved)
            return nothingImported(saved.error().code, preview.sourceName,
                                   {tr("row %1: %2").arg(QString::number(row.row), saved.error().message)});
    }
    const AuditEntry audited = AuditRecords::act(
        QStringLiteral("import"), QStringLiteral("members"), {}, cellId,
        tr("Imported %n member(s) from %1", nullptr, int(preview.rows.size())).arg(preview.sourceName));
    if (Status recorded = context.audit(audited); !recorded)
        return recorded.error();
    if (Status committed = context.commit(); !committed)
        return committed.error();
    return int(preview.rows.size());
}

} // namespace chibo
