// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/AttendanceRow.h"
#include "models/AttendanceSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace chibo {

/// A meeting's attendance grid: every member of the cell on the meeting's day, in the order given
/// (Vietnamese name order). Members not expected (exempt, suspended, away…) are shown disabled with
/// the reason, so keyboard navigation skips them.
///
/// The model shows what is stored and never changes itself on an edit: setData() turns the edit into
/// the member's new attendance row and emits attendanceEdited(); whoever saves it (an undoable command)
/// then calls setAttendance() with what the database holds.
class AttendanceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ReasonColumn, NoteColumn, ColumnCount };
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        ExpectedRole,  ///< bool
        SearchKeyRole, ///< the folded full name, for type-to-find
        StatusRole,    ///< int(AttendanceStatus), -1 when not recorded
    };

    explicit AttendanceTableModel(QObject* parent = nullptr);

    /// Replaces the rows (a different meeting or day).
    void setRows(QList<AttendanceRow> rows);
    /// Updates every row's attendance from a meeting's stored rows in place; members without one
    /// become "not recorded". Views keep their current row.
    void setAttendance(const QList<Attendance>& attendance);
    /// Whether setData() accepts edits (false for a read-only session or a locked meeting).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// The language changed: headers and texts are asked for again.
    void retranslate();

    const AttendanceRow* row(int row) const;
    int rowOf(const QUuid& memberId) const;
    AttendanceSummary summary() const;

    /// The next status Space gives: present → late → absent with reason → absent without reason → present.
    static AttendanceStatus nextStatus(const std::optional<Attendance>& current);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Status (int AttendanceStatus), reason (int AbsenceReason) or note (text) of an expected member.
    /// An attended status clears the reason; a reason marks an attending member absent with reason.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void attendanceEdited(const QUuid& memberId, const chibo::Attendance& after);

private:
    struct Row {
        AttendanceRow row;
        QString searchKey;
    };
    QVariant display(const AttendanceRow& row, int column) const;
    QVariant edit(const AttendanceRow& row, int column) const;

    QList<Row> m_rows;
    bool m_editable = false;
};

} // namespace chibo
