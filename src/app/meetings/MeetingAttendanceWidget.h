// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Attendance.h"
#include "models/AttendanceRow.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MeetingAttendanceWidget;
}

namespace chibo {

class AttendanceTableModel;
class AttendanceView;

/// The attendance tab: the keyboard-driven grid over the members of the cell on the meeting's day and
/// the summary line under it ("Present 18/20 (90 %), absent with reason 1, without reason 1").
class MeetingAttendanceWidget : public QWidget {
    Q_OBJECT

public:
    explicit MeetingAttendanceWidget(QWidget* parent = nullptr);
    ~MeetingAttendanceWidget() override;

    /// The members of the cell on the meeting's day (a different meeting or day).
    void setRows(QList<AttendanceRow> rows);
    /// The meeting's stored attendance, updated in place.
    void setAttendance(const QList<Attendance>& attendance);
    void setEditable(bool editable);
    AttendanceView* view() const;
    AttendanceTableModel* model() const { return m_model; }

Q_SIGNALS:
    void attendanceEdited(const QUuid& memberId, const chibo::Attendance& after);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSummary();
    void fitColumns();

    const std::unique_ptr<Ui::MeetingAttendanceWidget> m_ui;
    AttendanceTableModel* m_model;
};

} // namespace chibo
