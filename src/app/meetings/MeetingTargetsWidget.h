// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"
#include "core/Target.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class MeetingTargetsWidget;
}

namespace chibo {

class AppContext;
class TargetDelegate;
class TargetTableModel;

/// The resolution's targets: those this meeting sets (added, edited and removed here) and the open
/// targets of earlier resolutions it carries forward (their result reported here). Each edit is an
/// undoable command on the page's stack, saved at once; the editor then hands back what is stored.
class MeetingTargetsWidget : public QWidget {
    Q_OBJECT

public:
    MeetingTargetsWidget(AppContext& context, QUndoStack& stack, QWidget* parent = nullptr);
    ~MeetingTargetsWidget() override;

    /// The cell's members, who may be responsible for a target.
    void setMembers(const QList<QPair<QUuid, QString>>& members);
    /// The meeting whose targets these are (new targets belong to it) and what is stored for it.
    void setTargets(const Meeting& meeting, QList<Target> own, QList<Target> carried);
    void clear();
    void setEditable(bool editable);
    TargetTableModel* ownModel() const { return m_own; }
    TargetTableModel* carriedModel() const { return m_carried; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();
    void updateButtons();
    void addTarget();
    void removeTarget();
    void editTarget(const Target& before, const Target& after);

    AppContext& m_context;
    QUndoStack& m_stack;
    const std::unique_ptr<Ui::MeetingTargetsWidget> m_ui;
    TargetTableModel* m_own;
    TargetTableModel* m_carried;
    TargetDelegate* m_delegate;
    bool m_editable = false;
    QUuid m_meetingId;
    QUuid m_orgId;
    QDate m_date;
};

} // namespace chibo
