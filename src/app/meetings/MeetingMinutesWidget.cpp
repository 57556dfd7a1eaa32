// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingMinutesWidget.h"

#include "ui_MeetingMinutesWidget.h"

#include <QEvent>
#include <QSignalBlocker>

namespace chibo {

MeetingMinutesWidget::MeetingMinutesWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingMinutesWidget>())
{
    m_ui->setupUi(this);
    for (QPlainTextEdit* text : {m_ui->minutesEdit, m_ui->conclusionEdit}) {
        text->installEventFilter(this);
        connect(text, &QPlainTextEdit::textChanged, this, &MeetingMinutesWidget::edited);
    }
}

MeetingMinutesWidget::~MeetingMinutesWidget() = default;

void MeetingMinutesWidget::setMeeting(const Meeting& meeting)
{
    const auto show = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(text);
        }
    };
    show(m_ui->minutesEdit, meeting.minutes);
    show(m_ui->conclusionEdit, meeting.conclusion);
}

void MeetingMinutesWidget::apply(Meeting& meeting) const
{
    meeting.minutes = m_ui->minutesEdit->toPlainText();
    meeting.conclusion = m_ui->conclusionEdit->toPlainText();
}

void MeetingMinutesWidget::setEditable(bool editable)
{
    m_ui->minutesEdit->setReadOnly(!editable);
    m_ui->conclusionEdit->setReadOnly(!editable);
}

void MeetingMinutesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

bool MeetingMinutesWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut &&
        (watched == m_ui->minutesEdit || watched == m_ui->conclusionEdit))
        Q_EMIT commitRequested();
    return QWidget::eventFilter(watched, event);
}

} // namespace chibo
