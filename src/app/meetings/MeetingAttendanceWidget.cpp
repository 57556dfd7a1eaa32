// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingAttendanceWidget.h"

#include "app/meetings/AttendanceDelegate.h"
#include "app/meetings/AttendanceView.h"
#include "core/Rational.h"
#include "models/AttendanceTableModel.h"
#include "ui_MeetingAttendanceWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace chibo {

MeetingAttendanceWidget::MeetingAttendanceWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingAttendanceWidget>())
    , m_model(new AttendanceTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->attendanceView->setModel(m_model);
    m_ui->attendanceView->setItemDelegate(new AttendanceDelegate(this));
    m_ui->attendanceView->horizontalHeader()->setHighlightSections(false);
    m_ui->attendanceView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_model, &AttendanceTableModel::attendanceEdited, this,
            &MeetingAttendanceWidget::attendanceEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MeetingAttendanceWidget::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingAttendanceWidget::updateSummary);
    updateSummary();
}

MeetingAttendanceWidget::~MeetingAttendanceWidget() = default;

AttendanceView* MeetingAttendanceWidget::view() const
{
    return m_ui->attendanceView;
}

void MeetingAttendanceWidget::setRows(QList<AttendanceRow> rows)
{
    const QUuid current =
        m_ui->attendanceView->currentIndex().data(AttendanceTableModel::MemberIdRole).toUuid();
    m_model->setRows(std::move(rows));
    fitColumns();
    // Start on the member who was current, else on the first expected member.
    int row = current.isNull() ? -1 : m_model->rowOf(current);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i) {
        if (m_model->row(i)->isExpected())
            row = i;
    }
    if (row >= 0)
        m_ui->attendanceView->setCurrentIndex(m_model->index(row, AttendanceTableModel::StatusColumn));
}

void MeetingAttendanceWidget::setAttendance(const QList<Attendance>& attendance)
{
    m_model->setAttendance(attendance);
}

void MeetingAttendanceWidget::setEditable(bool editable)
{
    m_model->setEditable(editable);
}

void MeetingAttendanceWidget::fitColumns()
{
    QHeaderView* header = m_ui->attendanceView->horizontalHeader();
    m_ui->attendanceView->resizeColumnsToContents();
    header->resizeSection(AttendanceTableModel::NameColumn,
                          std::max(header->sectionSize(AttendanceTableModel::NameColumn), 200));
    header->resizeSection(AttendanceTableModel::StatusColumn,
                          std::max(header->sectionSize(AttendanceTableModel::StatusColumn), 170));
    header->resizeSection(AttendanceTableModel::ReasonColumn,
                          std::max(header->sectionSize(AttendanceTableModel::ReasonColumn), 150));
}

void MeetingAttendanceWidget::updateSummary()
{
    const AttendanceSummary s = m_model->summary();
    if (s.expected == 0) {
        m_ui->summaryLabel->setText(tr("Nobody is expected at this meeting."));
        return;
    }
    const QLocale locale;
    const QString attended = locale.toString(s.attended);
    const QString expected = locale.toString(s.expected);
    const QString percent = Rational(s.attended, s.expected).toPercent(0);
    const QString text =
        s.unrecorded == 0
            ? tr("Present %1/%2 (%3 %), late %4, absent with reason %5, without reason %6")
                  .arg(attended, expected, percent, locale.toString(s.late), locale.toString(s.excused),
                       locale.toString(s.unexcused))
            : tr("Present %1/%2 (%3 %), late %4, absent with reason %5, without reason %6, not recorded yet "
                 "%7")
                  .arg(attended, expected, percent, locale.toString(s.late), locale.toString(s.excused),
                       locale.toString(s.unexcused), locale.toString(s.unrecorded));
    m_ui->summaryLabel->setText(text);
}

void MeetingAttendanceWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
