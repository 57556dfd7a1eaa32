// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

namespace Ui {
class MeetingDetailsWidget;
}

namespace chibo {

class AgendaListModel;

/// The meeting's particulars: date and times (with the duration), kind, topic, place, chair and minute
/// taker, the day documents were posted, how many members spoke, upper-level attendees, and the agenda.
/// It only shows and collects: the editor decides when an edit is saved.
class MeetingDetailsWidget : public QWidget {
    Q_OBJECT

public:
    explicit MeetingDetailsWidget(QWidget* parent = nullptr);
    ~MeetingDetailsWidget() override;

    /// The people the chair and the minute taker are chosen from, in display order.
    void setMembers(const QList<QPair<QUuid, QString>>& members);
    /// Shows the stored meeting. A field that already shows the stored value is left alone, so the caret
    /// stays where it is while the person types.
    void setMeeting(const Meeting& meeting);
    /// Writes what the fields show into `meeting` (the agenda is saved as each change is made).
    void apply(Meeting& meeting) const;
    void setEditable(bool editable);

Q_SIGNALS:
    /// A field changed: the assessment follows at once.
    void edited();
    /// A field's edit is complete (it lost the focus, a choice was made): time to save.
    void commitRequested();
    void agendaEdited(const QStringList& agenda);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectFields();
    void connectAgenda();
    void fillKinds();
    void fillPeople(const QUuid& chair, const QUuid& minuteTaker);
    void updateDuration();
    void addAgendaItem();
    void moveAgendaItem(int delta);

    const std::unique_ptr<Ui::MeetingDetailsWidget> m_ui;
    AgendaListModel* m_agenda;
    QList<QPair<QUuid, QString>> m_members;
    bool m_editable = true;
};

} // namespace chibo
