// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberImport.h"
#include "services/StatusHistorySheet.h"
#include "sheets/SheetGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

/// Reads the status history sheet of a member workbook (StatusHistorySheet) into an import's preview.
///
/// The header row is the first naming the date, the event and at least one of the full name, the citizen
/// ID and the party card number. Each row below it with a value in a named column is an event of the
/// member it names, found among the preview's rows the way the import tells members apart: by party card
/// number when the row has one, else by citizen ID, else by full name and date of birth. Problems, each
/// naming the sheet, the row and the column: no such member (or several), a full name other than the
/// member's, no date or one that is not a date, a date after the import's day or before the member's
/// admission (MemberImport::admittedOn), no event or one the sheet does not carry.
class StatusHistoryReader {
    Q_DECLARE_TR_FUNCTIONS(StatusHistoryReader)

public:
    /// The file's row number of the history's header row in `grid`; 0 when there is none.
    static int headerRowOf(const SheetGrid& grid);
    /// Appends every event of `grid` to `preview.history`, names the sheet in `preview.historySheet`, and
    /// adds each problem to the member's row, or to the preview's own problems when no member was found.
    /// `preview.rows` are the members already read; `day` is the import's.
    static void read(const SheetGrid& grid, QDate day, MemberImportPreview& preview);

private:
    using Mapping = QList<std::optional<StatusHistoryColumn>>;

    StatusHistoryReader(const SheetGrid& grid, int headerRow, QDate day, MemberImportPreview& preview);

    static Mapping mappingOf(const QList<SheetValue>& cells);
    void readRow(int rowNumber, const QList<SheetValue>& cells);
    /// The index in the preview's rows of the member a row names; -1 (and a problem) when none.
    int memberOf(int rowNumber, const QList<SheetValue>& cells, QStringList& problems) const;
    int memberByName(int rowNumber, const QList<SheetValue>& cells, QStringList& problems) const;
    void readDate(int rowNumber, const QList<SheetValue>& cells, const Member* member, StatusEvent& event,
                  QStringList& problems) const;
    /// Reads the event's kind; false (and a problem) when the row names none.
    bool readKind(int rowNumber, const QList<SheetValue>& cells, StatusEvent& event,
                  QStringList& problems) const;
    /// An admission or a recognition row gives the decision and note of the event the members sheet
    /// dates: its date must be that date.
    void checkMembersTableDate(int rowNumber, const Member& member, const StatusEvent& event,
                               QStringList& problems) const;
    QString textAt(const QList<SheetValue>& cells, StatusHistoryColumn column) const;
    /// "sheet “Status history”, row 5, column E (Event): " for the column; the row alone when the sheet
    /// has no such column.
    QString place(int rowNumber, StatusHistoryColumn column) const;

    QString m_sheetName;
    QStringList m_headers;
    Mapping m_mapping;
    QDate m_day;
    MemberImportPreview& m_preview;
    QHash<QString, int> m_byCard;            ///< party card number key → index in the preview's rows
    QHash<QString, int> m_byCitizenId;       ///< citizen ID key → index
    QMultiHash<QString, int> m_byNameAndDay; ///< folded full name and birth date → indexes
};

} // namespace chibo
