// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "core/Session.h"
#include "services/MemberFields.h"
#include "sheets/SheetGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace chibo {

class Workspace;

/// One member read from one row of a sheet, with what is wrong with it.
struct MemberImportRow {
    int row = 0;   ///< the file's row number (1 = the first row)
    Member member; ///< the plain fields only: no id, no histories yet
    /// Each names the place: "row 7, column D (Ngày sinh): “31/02/1980” is not a date (dd/mm/yyyy)". The
    /// problems of the member's rows in the status history are here too, naming that sheet.
    QStringList problems;
    /// What the import cannot carry over and the person should know, naming the place; no obstacle to
    /// the import (a status the file gives without its date).
    QStringList warnings;
};

/// One status event read from one row of the status history sheet.
struct StatusHistoryRow {
    int row = 0;       ///< the history sheet's row number
    int memberRow = 0; ///< the members sheet's row of the member it belongs to; 0 when none was found
    StatusEvent event; ///< date, kind, decision and note; no id yet
};

/// What an import would do, shown to the person before anything is written.
struct MemberImportPreview {
    QString sourceName;
    int headerRow = 0;                         ///< the file's row number of the header row
    QStringList headers;                       ///< the header row's texts, one per column (A, B, …)
    QList<std::optional<MemberField>> mapping; ///< the field each column fills, one per column; none: ignored
    QList<MemberImportRow> rows;
    /// About the file as a whole: a field mapped twice, a required column missing, a status history row
    /// that names no member of the file.
    QStringList problems;
    QString historySheet;            ///< the status history sheet's name; "" when the file has none
    QList<StatusHistoryRow> history; ///< every event read from it, in its rows' order

    bool hasProblems() const { return problemCount() > 0; }
    int problemCount() const;
    int warningCount() const;
    /// The columns that are not imported, as "E (Chức vụ)"; an empty header column is left out.
    QStringList unmappedColumns() const;
};

/// Reads members from a spreadsheet (the sheets MemberSheet writes, or a secretary's own) and creates them
/// in a cell, all or nothing.
///
/// The header row is the first row naming the full-name column and at least one more field (MemberFields
/// knows the headers in English and Vietnamese, without diacritics too). Below it every row with a value in a
/// mapped column is a member (a template's numbered empty rows are not): dates from date cells or text as
/// dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd; sex Nam/Nữ/Male/Female; yes/no Có/Không/Yes/No/x. The full name and
/// the sex are required. Problems: an unreadable value, no full name, a citizen ID or party card number twice
/// in the file, a date after `day`, a ceremony before the admission decision, an official date before the
/// ceremony (or without any admission date).
///
/// A workbook may hold the members' status history on another sheet (StatusHistorySheet, read by
/// StatusHistoryReader): its events are created with the members. A Status column (MemberImportChecks)
/// saying more than probationary or full member, for a member without events in such a sheet, is a
/// warning: that status cannot be re-created without its date.
class MemberImport {
    Q_DECLARE_TR_FUNCTIONS(MemberImport)

public:
    static QList<MemberField> fields() { return MemberFields::all(); }
    static QString label(MemberField field) { return MemberFields::label(field); }

    /// Finds the header row and maps the columns by their headers. Error "import.no-header" (naming the
    /// headers looked for) when no row qualifies.
    /// `history`: the workbook's status history sheet, if it has one (historyOf()).
    static Result<MemberImportPreview> preview(const SheetGrid& grid, QDate day,
                                               const std::optional<SheetGrid>& history = std::nullopt);
    /// The same with the person's choice of header row (the file's row number) and mapping (one entry per
    /// column; missing entries: not imported).
    static MemberImportPreview remap(const SheetGrid& grid, int headerRow,
                                     QList<std::optional<MemberField>> mapping, QDate day,
                                     const std::optional<SheetGrid>& history = std::nullopt);
    /// The status history among the sheets of a file (SheetReader::readAll), whose first sheet holds the
    /// members: the first other sheet with a status history header row; none for a CSV file.
    static std::optional<SheetGrid> historyOf(const QList<SheetGrid>& sheets);
    /// The day an imported member's Admitted event is dated: the ceremony, else the admission decision,
    /// else `day`.
    static QDate admittedOn(const Member& member, QDate day);
    /// Creates every previewed member in one transaction: a new id, an Admitted event on admittedOn(), a
    /// Recognised event on the official date when there is one, the member's events of the status
    /// history, and an official registration in `cellId` from `day`. Returns how many were created.
    ///
    /// Writes nothing and refuses when: the preview has problems ("import.problems"); `cellId` is not a
    /// cell ("import.not-a-cell"); Permissions::mayEditRecords refuses ("permission_denied"); a citizen ID or
    /// party card number is already in the database ("import.duplicate", the message names each row); a
    /// member is refused as RecordEditing would refuse creating them (a locked year …).
    static Result<int> commit(Workspace& workspace, const Session& session,
                              const MemberImportPreview& preview, const QUuid& cellId, QDate day);
    /// What commit() checks in the database (the cell, the permission, identifiers already stored) without
    /// writing anything: for a dry run. The preview's own problems are not repeated here.
    static Status check(Workspace& workspace, const Session& session, const MemberImportPreview& preview,
                        const QUuid& cellId);
};

} // namespace chibo
