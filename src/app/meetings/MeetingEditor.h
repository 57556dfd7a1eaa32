// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Rating.h"
#include "core/ScoreCard.h"
#include "core/Target.h"
#include "services/MeetingPlanning.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace Ui {
class MeetingEditor;
}

namespace chibo {

class AppContext;
class MeetingAssessment;
class MeetingAssessmentPanel;
class MeetingAttendanceWidget;
class MeetingDetailsWidget;
class MeetingMinutesWidget;
class MeetingTargetsWidget;

/// One meeting, edited: particulars and agenda, the attendance grid, the resolution's targets, the
/// minutes, the lifecycle with its history, and beside them the live self-assessment.
///
/// Every edit is an undoable command on the page's stack, saved at once: attendance, agenda, targets,
/// ratings and lifecycle moves when made; typed fields after a short pause or when the focus leaves
/// (consecutive saves of one field merge into one undo step). The editor never changes what it shows
/// on its own: the page hands back the stored meeting after each save or undo (refresh). The
/// assessment is evaluated on every change, saved or not. Read-only for a session that may not edit
/// the cell, and for a locked meeting.
class MeetingEditor : public QWidget {
    Q_OBJECT

public:
    MeetingEditor(AppContext& context, QUndoStack& stack, QWidget* parent = nullptr);
    ~MeetingEditor() override;

    /// The cell's assessment, owned by the page; null when it could not be read.
    void setAssessment(MeetingAssessment* assessment);
    /// Shows `meeting` as stored, reading its members on the day, the targets it carries forward and its
    /// ratings. Anything typed for the previous meeting is saved first.
    void open(Meeting meeting);
    /// The open meeting as stored now (after a save, an undo or a redo).
    void refresh(Meeting stored);
    void close();
    /// The criteria files were replaced: the assessment starts again from the new ones.
    void resetCriteria();
    /// Saves fields typed but not saved yet.
    void flush();

    std::optional<QUuid> meetingId() const;
    bool isEditable() const;
    /// The live self-assessment as last computed; none when nothing could be assessed.
    const std::optional<ScoreCard>& card() const { return m_card; }
    MeetingAssessmentPanel* assessmentPanel() const { return m_panel; }
    MeetingAttendanceWidget* attendanceWidget() const { return m_attendance; }
    MeetingTargetsWidget* targetsWidget() const { return m_targets; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectParts();
    void loadDay();
    void loadRecords();
    void showStored();
    void updateState();
    void retranslate();
    Meeting edited() const;
    void assess();
    void chooseFiles(QDate date);
    QList<Rating> currentRatings() const;
    void saveFields();
    /// Pushes an edit of the open meeting; when the services refuse it the fields show what is stored.
    void pushMeeting(const Meeting& after, const QString& text, const QString& mergeKey = {});
    void editAttendance(const QUuid& memberId, const Attendance& after);
    void editAgenda(const QStringList& agenda);
    void previewRating(const QString& indicatorId, const QString& value);
    void commitRating(const QString& indicatorId, const QString& value);
    void moveTo(MeetingState state, const QString& note = {});
    void reopen();

    AppContext& m_context;
    QUndoStack& m_stack;
    const std::unique_ptr<Ui::MeetingEditor> m_ui;
    MeetingDetailsWidget* m_details;
    MeetingAttendanceWidget* m_attendance;
    MeetingTargetsWidget* m_targets;
    MeetingMinutesWidget* m_minutes;
    MeetingAssessmentPanel* m_panel;
    QTimer* m_saveTimer;
    MeetingAssessment* m_assessment = nullptr;

    std::optional<Meeting> m_stored;
    QList<ExpectedMember> m_members;
    QHash<QUuid, QString> m_names;
    QList<QUuid> m_carriedIds; ///< open targets of earlier resolutions, as found when the meeting opened
    QList<Rating> m_ratings;   ///< stored for the open meeting
    QHash<QString, QString> m_pendingRatings; ///< "criteria|indicator" → a value being set, not saved
    std::optional<ScoreCard> m_card;
    bool m_refreshed = false; ///< the page handed back the stored meeting since the last push
};

} // namespace chibo
