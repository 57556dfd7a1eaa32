// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingDetailsWidget.h"

#include "core/Labels.h"
#include "models/AgendaListModel.h"
#include "ui_MeetingDetailsWidget.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace chibo {

namespace {

QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

/// The time an edit shows; its minimum (00:00, shown as "not recorded") is no time.
QTime timeOf(const QTimeEdit* edit)
{
    return edit->time() == edit->minimumTime() ? QTime() : edit->time();
}

/// Sets a combo box to the item holding `value` when it shows another one.
void showValue(QComboBox* box, const QVariant& value)
{
    const int found = box->findData(value);
    if (found >= 0 && found != box->currentIndex()) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(found);
    }
}

} // namespace

MeetingDetailsWidget::MeetingDetailsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MeetingDetailsWidget>())
    , m_agenda(new AgendaListModel(this))
{
    m_ui->setupUi(this);
    m_ui->agendaListView->setModel(m_agenda);
    m_ui->upperAttendeesEdit->installEventFilter(this);
    for (QTimeEdit* time : {m_ui->startTimeEdit, m_ui->endTimeEdit}) {
        time->setMinimumTime(QTime(0, 0));
        time->setSpecialValueText(tr("not recorded"));
    }
    fillKinds();
    connectFields();
    connectAgenda();
}

MeetingDetailsWidget::~MeetingDetailsWidget() = default;

void MeetingDetailsWidget::connectFields()
{
    const auto onEdited = [this] {
        Q_EMIT edited();
    };
    const auto onCommitted = [this] {
        Q_EMIT commitRequested();
    };
    const auto onChosen = [this] {
        Q_EMIT edited();
        Q_EMIT commitRequested();
    };
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, onEdited);
    connect(m_ui->dateEdit, &QDateEdit::editingFinished, this, onCommitted);
    for (QTimeEdit* time : {m_ui->startTimeEdit, m_ui->endTimeEdit}) {
        connect(time, &QTimeEdit::timeChanged, this, [this] {
            updateDuration();
            Q_EMIT edited();
        });
        connect(time, &QTimeEdit::editingFinished, this, onCommitted);
    }
    for (QComboBox* box : {m_ui->kindComboBox, m_ui->chairComboBox, m_ui->minuteTakerComboBox})
        connect(box, &QComboBox::activated, this, onChosen);
    for (QLineEdit* line : {m_ui->topicLineEdit, m_ui->placeLineEdit}) {
        connect(line, &QLineEdit::textEdited, this, onEdited);
        connect(line, &QLineEdit::editingFinished, this, onCommitted);
    }
    connect(m_ui->documentsCheckBox, &QCheckBox::toggled, this, [this, onChosen](bool posted) {
        m_ui->documentsDateEdit->setEnabled(posted && m_editable);
        onChosen();
    });
    connect(m_ui->documentsDateEdit, &QDateEdit::dateChanged, this, onEdited);
    connect(m_ui->documentsDateEdit, &QDateEdit::editingFinished, this, onCommitted);
    connect(m_ui->speakersSpinBox, &QSpinBox::valueChanged, this, onEdited);
    connect(m_ui->speakersSpinBox, &QSpinBox::editingFinished, this, onCommitted);
    connect(m_ui->upperAttendeesEdit, &QPlainTextEdit::textChanged, this, onEdited);
}

void MeetingDetailsWidget::connectAgenda()
{
    connect(m_agenda, &AgendaListModel::agendaEdited, this, &MeetingDetailsWidget::agendaEdited);
    connect(m_ui->agendaAddButton, &QPushButton::clicked, this, &MeetingDetailsWidget::addAgendaItem);
    connect(m_ui->agendaLineEdit, &QLineEdit::returnPressed, this, &MeetingDetailsWidget::addAgendaItem);
    connect(m_ui->agendaRemoveButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->agendaListView->currentIndex();
        if (current.isValid())
            m_agenda->requestRemove(current.row());
    });
    connect(m_ui->agendaUpButton, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(m_ui->agendaDownButton, &QPushButton::clicked, this, [this] { moveAgendaItem(1); });
}

void MeetingDetailsWidget::addAgendaItem()
{
    const QModelIndex current = m_ui->agendaListView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : int(m_agenda->items().size());
    if (m_agenda->requestInsert(row, m_ui->agendaLineEdit->text())) {
        m_ui->agendaLineEdit->clear();
        m_ui->agendaListView->setCurrentIndex(m_agenda->index(row));
    }
}

void MeetingDetailsWidget::moveAgendaItem(int delta)
{
    const QModelIndex current = m_ui->agendaListView->currentIndex();
    if (current.isValid() && m_agenda->requestMove(current.row(), delta))
        m_ui->agendaListView->setCurrentIndex(m_agenda->index(current.row() + delta));
}

void MeetingDetailsWidget::fillKinds()
{
    const QVariant current = m_ui->kindComboBox->currentData();
    const QSignalBlocker blocker(m_ui->kindComboBox);
    m_ui->kindComboBox->clear();
    for (const MeetingKind kind :
         {MeetingKind::Regular, MeetingKind::Thematic, MeetingKind::Combined, MeetingKind::Extraordinary})
        m_ui->kindComboBox->addItem(Labels::of(kind), int(kind));
    m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(current)));
}

void MeetingDetailsWidget::setMembers(const QList<QPair<QUuid, QString>>& members)
{
    m_members = members;
    fillPeople(m_ui->chairComboBox->currentData().toUuid(),
               m_ui->minuteTakerComboBox->currentData().toUuid());
}

void MeetingDetailsWidget::fillPeople(const QUuid& chair, const QUuid& minuteTaker)
{
    for (QComboBox* box : {m_ui->chairComboBox, m_ui->minuteTakerComboBox}) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("Not chosen"), QUuid());
        for (const auto& [id, name] : std::as_const(m_members))
            box->addItem(name, id);
        const QUuid wanted = box == m_ui->chairComboBox ? chair : minuteTaker;
        if (!wanted.isNull() && box->findData(wanted) < 0)
            box->addItem(tr("A member no longer in the cell"), wanted);
        box->setCurrentIndex(std::max(0, box->findData(wanted)));
    }
}

void MeetingDetailsWidget::setMeeting(const Meeting& meeting)
{
    const auto setIfDifferent = [](auto* widget, const auto& value, auto getter, auto setter) {
        if ((widget->*getter)() != value) {
            const QSignalBlocker blocker(widget);
            (widget->*setter)(value);
        }
    };
    setIfDifferent(m_ui->dateEdit, meeting.date, &QDateEdit::date, &QDateEdit::setDate);
    // A time not recorded shows as the edit's minimum, which reads "not recorded".
    setIfDifferent(m_ui->startTimeEdit, meeting.start.isValid() ? meeting.start : QTime(0, 0),
                   &QTimeEdit::time, &QTimeEdit::setTime);
    setIfDifferent(m_ui->endTimeEdit, meeting.end.isValid() ? meeting.end : QTime(0, 0), &QTimeEdit::time,
                   &QTimeEdit::setTime);
    setIfDifferent(m_ui->topicLineEdit, meeting.topic, &QLineEdit::text, &QLineEdit::setText);
    setIfDifferent(m_ui->placeLineEdit, meeting.place, &QLineEdit::text, &QLineEdit::setText);
    setIfDifferent(m_ui->speakersSpinBox, meeting.speakersCount, &QSpinBox::value, &QSpinBox::setValue);
    if (linesOf(m_ui->upperAttendeesEdit->toPlainText()) != meeting.upperAttendees) {
        const QSignalBlocker blocker(m_ui->upperAttendeesEdit);
        m_ui->upperAttendeesEdit->setPlainText(meeting.upperAttendees.join(u'\n'));
    }
    showValue(m_ui->kindComboBox, int(meeting.kind));
    if (m_ui->chairComboBox->findData(meeting.chairId) < 0 ||
        m_ui->minuteTakerComboBox->findData(meeting.minuteTakerId) < 0)
        fillPeople(meeting.chairId, meeting.minuteTakerId);
    showValue(m_ui->chairComboBox, meeting.chairId);
    showValue(m_ui->minuteTakerComboBox, meeting.minuteTakerId);
    const bool posted = meeting.documentsPostedOn.isValid();
    setIfDifferent(m_ui->documentsCheckBox, posted, &QCheckBox::isChecked, &QCheckBox::setChecked);
    m_ui->documentsDateEdit->setEnabled(posted && m_editable);
    const QDate shownPosted = posted ? meeting.documentsPostedOn : meeting.date.addDays(-1);
    if (!posted || m_ui->documentsDateEdit->date() != shownPosted) {
        const QSignalBlocker blocker(m_ui->documentsDateEdit);
        m_ui->documentsDateEdit->setDate(shownPosted);
    }
    m_agenda->setItems(meeting.agenda);
    updateDuration();
}

void MeetingDetailsWidget::apply(Meeting& meeting) const
{
    meeting.date = m_ui->dateEdit->date();
    meeting.start = timeOf(m_ui->startTimeEdit);
    meeting.end = timeOf(m_ui->endTimeEdit);
    meeting.kind = static_cast<MeetingKind>(m_ui->kindComboBox->currentData().toInt());
    meeting.topic = m_ui->topicLineEdit->text().trimmed();
    meeting.place = m_ui->placeLineEdit->text().trimmed();
    meeting.chairId = m_ui->chairComboBox->currentData().toUuid();
    meeting.minuteTakerId = m_ui->minuteTakerComboBox->currentData().toUuid();
    meeting.documentsPostedOn =
        m_ui->documentsCheckBox->isChecked() ? m_ui->documentsDateEdit->date() : QDate();
    meeting.speakersCount = m_ui->speakersSpinBox->value();
    meeting.upperAttendees = linesOf(m_ui->upperAttendeesEdit->toPlainText());
}

void MeetingDetailsWidget::setEditable(bool editable)
{
    m_editable = editable;
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->dateEdit, m_ui->startTimeEdit, m_ui->endTimeEdit, m_ui->kindComboBox, m_ui->chairComboBox,
             m_ui->minuteTakerComboBox, m_ui->documentsCheckBox, m_ui->speakersSpinBox, m_ui->agendaAddButton,
             m_ui->agendaRemoveButton, m_ui->agendaUpButton, m_ui->agendaDownButton, m_ui->agendaLineEdit})
        field->setEnabled(editable);
    m_ui->documentsDateEdit->setEnabled(editable && m_ui->documentsCheckBox->isChecked());
    m_ui->topicLineEdit->setReadOnly(!editable);
    m_ui->placeLineEdit->setReadOnly(!editable);
    m_ui->upperAttendeesEdit->setReadOnly(!editable);
    m_agenda->setEditable(editable);
}

void MeetingDetailsWidget::updateDuration()
{
    Meeting times;
    times.start = timeOf(m_ui->startTimeEdit);
    times.end = timeOf(m_ui->endTimeEdit);
    const int minutes = times.durationMinutes();
    if (!times.start.isValid() || !times.end.isValid())
        m_ui->durationLabel->clear();
    else if (minutes > 0)
        m_ui->durationLabel->setText(tr("(%1 minutes)").arg(QLocale().toString(minutes)));
    else
        m_ui->durationLabel->setText(tr("(the end is not after the start)"));
}

void MeetingDetailsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (QTimeEdit* time : {m_ui->startTimeEdit, m_ui->endTimeEdit})
            time->setSpecialValueText(tr("not recorded"));
        fillKinds();
        fillPeople(m_ui->chairComboBox->currentData().toUuid(),
                   m_ui->minuteTakerComboBox->currentData().toUuid());
        updateDuration();
    }
    QWidget::changeEvent(event);
}

bool MeetingDetailsWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->upperAttendeesEdit && event->type() == QEvent::FocusOut)
        Q_EMIT commitRequested();
    return QWidget::eventFilter(watched, event);
}

} // namespace chibo
