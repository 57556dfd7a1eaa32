// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Meeting.h"

#include <QWidget>

#include <memory>

namespace Ui {
class MeetingMinutesWidget;
}

namespace chibo {

/// The minutes and the conclusion (or resolution), typed freely. The editor saves them on a short
/// idle pause or when the focus leaves, as one undo step per field however long the typing.
class MeetingMinutesWidget : public QWidget {
    Q_OBJECT

public:
    explicit MeetingMinutesWidget(QWidget* parent = nullptr);
    ~MeetingMinutesWidget() override;

    /// Shows the stored texts; a text already shown as stored is left alone (the caret stays).
    void setMeeting(const Meeting& meeting);
    void apply(Meeting& meeting) const;
    void setEditable(bool editable);

Q_SIGNALS:
    void edited();
    void commitRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const std::unique_ptr<Ui::MeetingMinutesWidget> m_ui;
};

} // namespace chibo
