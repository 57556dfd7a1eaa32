// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
#include "core/Meeting.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class MeetingsPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class MeetingAssessment;
class MeetingEditor;
class MeetingListModel;

/// The secretary's month: a cell's meetings of a year (date, kind, state, attendance, quality) and the
/// editor of the chosen one. "New meeting" starts a draft from the previous meeting and saves it at once.
///
/// Reading: the cell's scoring snapshot once when the cell is chosen (for the live assessment), then
/// one query for the year's meetings on each reload. After an edit of its own (its undo stack is the
/// active one) the page re-reads only the year's meetings and hands the stored meeting back to the
/// editor; a change made elsewhere marks the page for a full reload when it is next shown.
class MeetingsPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext& context, QWidget* parent = nullptr);
    ~MeetingsPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    /// A drill-down: the cell's meetings of `year`; with a month, that month's first meeting is opened.
    void showPeriod(const QUuid& cellId, int year, int month = 0);
    QUuid cellId() const { return m_cellId; }
    int year() const;
    MeetingEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_stack; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectContext();
    void reload();
    void fillCells();
    void openCell(const QUuid& cellId);
    void refreshMeetings();
    void syncAssessment(int year);
    void onRecordsChanged(const QUuid& orgId);
    void selectMeeting(const QUuid& id);
    void showSelected();
    void createMeeting();
    void updateView();

    AppContext& m_context;
    const std::unique_ptr<Ui::MeetingsPage> m_ui;
    QUndoStack* m_stack;
    MeetingListModel* m_list;
    MeetingEditor* m_editor;
    std::unique_ptr<MeetingAssessment> m_assessment;
    QUuid m_cellId;
    QList<Meeting> m_meetings; ///< the year's meetings as stored, with their attendance
    DeferredReload* m_reload = nullptr;
};

} // namespace chibo
