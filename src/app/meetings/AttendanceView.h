// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"

#include <QElapsedTimer>
#include <QTableView>

namespace chibo {

class AttendanceTableModel;

/// The attendance grid, made for the keyboard: arrows move; 1 present, 2 late, 3 absent with reason,
/// 4 absent without reason, Space the next status — each sets the current member's status and moves to
/// the next expected member; F2 or Enter edits the reason or note; typing letters finds a member by name
/// ignoring diacritics ("ng" finds "Nguyễn…", "binh" finds "Đặng Thị Bình"). Members not expected are
/// disabled and skipped. The model must be an AttendanceTableModel.
class AttendanceView : public QTableView {
    Q_OBJECT

public:
    explicit AttendanceView(QWidget* parent = nullptr);

    /// Finds the next member whose name (folded), or one of whose words, starts with the text typed so
    /// far; a new search starts after the current row.
    void keyboardSearch(const QString& search) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    AttendanceTableModel* attendanceModel() const;
    /// Sets the current member's status through the model, then moves down.
    void mark(AttendanceStatus status);
    void markNext();
    void moveToNextRow();
    /// The first enabled row from `start` (wrapping) whose folded name matches `query`, or -1.
    int findRow(const QString& query, int start) const;

    QString m_search;
    QElapsedTimer m_searchTimer;
};

} // namespace chibo
