// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingEditor.h"

#include "app/AppContext.h"
#include "app/ChangeCommand.h"
#include "app/Dialogs.h"
#include "app/meetings/MeetingAssessmentPanel.h"
#include "app/meetings/MeetingAttendanceWidget.h"
#include "app/meetings/MeetingChangeText.h"
#include "app/meetings/MeetingDetailsWidget.h"
#include "app/meetings/MeetingMinutesWidget.h"
#include "app/meetings/MeetingTargetsWidget.h"
#include "core/Labels.h"
#include "services/MeetingAssessment.h"
#include "services/Workspace.h"
#include "ui_MeetingEditor.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace chibo {

namespace {

/// How long typing may pause before what was typed is saved.
constexpr int saveDelayMs = 1200;

QString ratingKey(const QString& criteriaId, const QString& indicatorId)
{
    return criteriaId + u'|' + indicatorId;
}

} // namespace

MeetingEditor::MeetingEditor(AppContext& context, QUndoStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(stack)
    , m_ui(std::make_unique<Ui::MeetingEditor>())
    , m_details(new MeetingDetailsWidget(this))
    , m_attendance(new MeetingAttendanceWidget(this))
    , m_targets(new MeetingTargetsWidget(context, stack, this))
    , m_minutes(new MeetingMinutesWidget(this))
    , m_panel(new MeetingAssessmentPanel(this))
    , m_saveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("meetingEditor"));
    m_details->setObjectName(QStringLiteral("meetingDetails"));
    m_attendance->setObjectName(QStringLiteral("meetingAttendance"));
    m_targets->setObjectName(QStringLiteral("meetingTargets"));
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_panel->setObjectName(QStringLiteral("assessmentPanel"));
    m_ui->tabWidget->insertTab(0, m_details, QString());
    m_ui->tabWidget->insertTab(1, m_attendance, QString());
    m_ui->tabWidget->insertTab(2, m_targets, QString());
    m_ui->tabWidget->insertTab(3, m_minutes, QString());
    m_ui->tabWidget->setCurrentIndex(0);
    m_ui->editorSplitter->addWidget(m_panel);
    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 2);
    m_ui->editorSplitter->setSizes({760, 460});
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connectParts();
    retranslate();
    close();
}

MeetingEditor::~MeetingEditor() = default;

void MeetingEditor::connectParts()
{
    connect(m_saveTimer, &QTimer::timeout, this, &MeetingEditor::saveFields);
    // Typed changes are assessed at once and saved after a pause, or when the field is left.
    const auto typed = [this] {
        m_saveTimer->start();
        assess();
    };
    connect(m_details, &MeetingDetailsWidget::edited, this, typed);
    connect(m_minutes, &MeetingMinutesWidget::edited, this, typed);
    connect(m_details, &MeetingDetailsWidget::commitRequested, this, &MeetingEditor::flush);
    connect(m_minutes, &MeetingMinutesWidget::commitRequested, this, &MeetingEditor::flush);
    connect(m_details, &MeetingDetailsWidget::agendaEdited, this, &MeetingEditor::editAgenda);
    connect(m_attendance, &MeetingAttendanceWidget::attendanceEdited, this, &MeetingEditor::editAttendance);
    connect(m_panel, &MeetingAssessmentPanel::fileChosen, this, &MeetingEditor::assess);
    connect(m_panel, &MeetingAssessmentPanel::ratingPreviewed, this, &MeetingEditor::previewRating);
    connect(m_panel, &MeetingAssessmentPanel::ratingCommitted, this, &MeetingEditor::commitRating);
    connect(m_ui->markHeldButton, &QPushButton::clicked, this, [this] { moveTo(MeetingState::Held); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { moveTo(MeetingState::MinutesApproved); });
    connect(m_ui->lockButton, &QPushButton::clicked, this, [this] { moveTo(MeetingState::Locked); });
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &MeetingEditor::reopen);
}

void MeetingEditor::setAssessment(MeetingAssessment* assessment)
{
    m_assessment = assessment;
    if (m_stored && m_assessment) {
        m_assessment->setRatings(m_stored->id, m_ratings);
        assess();
    }
}

std::optional<QUuid> MeetingEditor::meetingId() const
{
    return m_stored ? std::optional(m_stored->id) : std::nullopt;
}

bool MeetingEditor::isEditable() const
{
    return m_stored && m_stored->state != MeetingState::Locked && !m_context.isReadOnlyFor(m_stored->orgId);
}

void MeetingEditor::open(Meeting meeting)
{
    // (By value: saving what was typed makes the page re-read the list `meeting` may come from.)
    if (m_stored && m_stored->id != meeting.id)
        flush();
    m_stored = std::move(meeting);
    m_pendingRatings.clear();
    setEnabled(true);
    loadDay();
    loadRecords();
    showStored();
    chooseFiles(m_stored->date);
    assess();
}

void MeetingEditor::refresh(Meeting stored)
{
    if (!m_stored || m_stored->id != stored.id) {
        open(std::move(stored));
        return;
    }
    const bool dayChanged = stored.date != m_stored->date;
    m_stored = std::move(stored);
    m_refreshed = true;
    if (dayChanged)
        loadDay();
    loadRecords();
    showStored();
    assess();
}

void MeetingEditor::close()
{
    m_saveTimer->stop();
    m_stored.reset();
    m_card.reset();
    m_members.clear();
    m_names.clear();
    m_carriedIds.clear();
    m_ratings.clear();
    m_pendingRatings.clear();
    m_attendance->setRows({});
    m_targets->clear();
    m_panel->setFiles({}, nullptr);
    m_panel->showMessage({});
    m_ui->titleLabel->clear();
    m_ui->historyTreeWidget->clear();
    updateState();
    setEnabled(false);
}

void MeetingEditor::resetCriteria()
{
    // The panel points into the previous set of files; drop them before anything repaints.
    m_panel->setFiles({}, nullptr);
    m_pendingRatings.clear();
    m_card.reset();
    if (m_stored)
        assess();
}

/// The members of the cell on the meeting's day and the targets it carries forward.
void MeetingEditor::loadDay()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace || !m_stored)
        return;
    const auto members = MeetingPlanning::membersOn(*workspace, m_stored->orgId, m_stored->date);
    if (!members)
        m_context.dialogs().showError(this, tr("Meetings"), members.error().toString());
    m_members = members ? *members : QList<ExpectedMember>();
    m_names.clear();
    QList<QPair<QUuid, QString>> people;
    QList<AttendanceRow> rows;
    for (const ExpectedMember& member : std::as_const(m_members)) {
        m_names.insert(member.memberId, member.fullName);
        people.append({member.memberId, member.fullName});
        rows.append({member.memberId, member.fullName, member.notExpected, std::nullopt});
    }
    m_details->setMembers(people);
    m_targets->setMembers(people);
    m_attendance->setRows(rows);
    const auto open = MeetingPlanning::openTargets(*workspace, m_stored->orgId, m_stored->date);
    m_carriedIds.clear();
    for (const Target& target : open ? *open : QList<Target>()) {
        if (target.meetingId != m_stored->id)
            m_carriedIds.append(target.id);
    }
}

/// The cell's targets and the meeting's ratings: two queries, whatever the size of the cell.
void MeetingEditor::loadRecords()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace || !m_stored)
        return;
    auto targets = workspace->storage().records().targets({m_stored->orgId});
    auto ratings = workspace->storage().ratings().ratings({m_stored->id});
    if (!targets || !ratings) {
        m_context.dialogs().showError(this, tr("Meetings"),
                                      (targets ? ratings.error() : targets.error()).toString());
        return;
    }
    m_ratings = std::move(ratings).value();
    QList<Target> own;
    QList<Target> carried;
    for (const QUuid& id : std::as_const(m_carriedIds)) {
        const auto found = std::find_if(targets->cbegin(), targets->cend(),
                                        [&](const Target& target) { return target.id == id; });
        if (found != targets->cend())
            carried.append(*found);
    }
    for (const Target& target : std::as_const(*targets)) {
        if (target.meetingId == m_stored->id)
            own.append(target);
    }
    m_targets->setTargets(*m_stored, own, carried);
    if (m_assessment) {
        m_assessment->setTargets(std::move(targets).value());
        m_assessment->setRatings(m_stored->id, m_ratings);
    }
}

void MeetingEditor::showStored()
{
    m_saveTimer->stop();
    m_details->setMeeting(*m_stored);
    m_minutes->setMeeting(*m_stored);
    m_attendance->setAttendance(m_stored->attendance);
    const Organisation* cell = m_context.organisation(m_stored->orgId);
    m_ui->titleLabel->setText(
        tr("Meeting of %1, %2").arg(m_stored->date.toString(u"dd/MM/yyyy"), cell ? cell->name : QString()));
    m_ui->historyTreeWidget->clear();
    for (const LifecycleEvent& event : std::as_const(m_stored->lifecycle)) {
        auto* item = new QTreeWidgetItem(m_ui->historyTreeWidget);
        item->setText(0, Labels::of(event.state));
        item->setText(1, event.by);
        item->setText(2, event.at.toString(u"dd/MM/yyyy HH:mm"));
        item->setText(3, event.note);
    }
    for (int column = 0; column < 3; ++column)
        m_ui->historyTreeWidget->resizeColumnToContents(column);
    updateState();
}

void MeetingEditor::updateState()
{
    const bool readOnly = !m_stored || m_context.isReadOnlyFor(m_stored->orgId);
    const MeetingState state = m_stored ? m_stored->state : MeetingState::Draft;
    m_ui->stateLabel->setText(m_stored ? tr("State: %1").arg(Labels::of(state)) : QString());
    m_ui->markHeldButton->setEnabled(!readOnly && state == MeetingState::Draft);
    m_ui->approveButton->setEnabled(!readOnly && state == MeetingState::Held);
    m_ui->lockButton->setEnabled(!readOnly && state == MeetingState::MinutesApproved);
    m_ui->reopenButton->setEnabled(!readOnly && state != MeetingState::Draft);
    const bool editable = isEditable();
    m_details->setEditable(editable);
    m_attendance->setEditable(editable);
    m_targets->setEditable(editable);
    m_minutes->setEditable(editable);
    m_panel->setEditable(editable);
}

Meeting MeetingEditor::edited() const
{
    Meeting meeting = *m_stored;
    m_details->apply(meeting);
    m_minutes->apply(meeting);
    return meeting;
}

/// Offers the files that apply on `date`, keeping the one in use while it still applies.
void MeetingEditor::chooseFiles(QDate date)
{
    const Organisation* cell = m_stored ? m_context.organisation(m_stored->orgId) : nullptr;
    const QList<const Criteria*> files =
        cell ? MeetingAssessment::applicableFiles(m_context.criteria(), *cell, date)
             : QList<const Criteria*>();
    const Criteria* current = m_panel->currentFile();
    const Criteria* chosen = files.contains(current) ? current
                             : cell ? MeetingAssessment::fileFor(m_context.criteria(), *cell, date)
                                    : nullptr;
    m_panel->setFiles(files, chosen);
}

QList<Rating> MeetingEditor::currentRatings() const
{
    QList<Rating> ratings = m_ratings;
    for (auto it = m_pendingRatings.cbegin(); it != m_pendingRatings.cend(); ++it) {
        const QString criteriaId = it.key().section(u'|', 0, 0);
        const QString indicatorId = it.key().section(u'|', 1);
        ratings.removeIf(
            [&](const Rating& r) { return r.criteriaId == criteriaId && r.indicatorId == indicatorId; });
        if (!it.value().isEmpty())
            ratings.append(
                {QUuid(), criteriaId, indicatorId, m_stored->id, {}, it.value(), {}, {}, m_context.day()});
    }
    return ratings;
}

void MeetingEditor::assess()
{
    m_card.reset();
    if (!m_stored)
        return;
    const Meeting meeting = edited();
    chooseFiles(meeting.date);
    const Criteria* file = m_panel->currentFile();
    if (!m_assessment) {
        m_panel->showMessage(tr("The cell's records could not be read, so the meeting cannot be assessed."));
        return;
    }
    if (!file) {
        const Organisation* cell = m_context.organisation(meeting.orgId);
        m_panel->showMessage(tr("No meeting-quality rules in force apply to %1 on %2.")
                                 .arg(cell ? cell->name : QString(), meeting.date.toString(u"dd/MM/yyyy")));
        return;
    }
    const QList<Rating> ratings = currentRatings();
    auto card = m_assessment->evaluate(m_context.criteria(), meeting, ratings, file);
    if (!card) {
        m_panel->showMessage(card.error().message);
        return;
    }
    m_card = std::move(card).value();
    m_panel->showCard(*m_card, ratings);
}

void MeetingEditor::flush()
{
    saveFields();
}

void MeetingEditor::saveFields()
{
    m_saveTimer->stop();
    if (!m_stored || !isEditable())
        return;
    const Meeting after = edited();
    if (const auto text = MeetingChangeText::describe(*m_stored, after))
        pushMeeting(after, text->text, text->mergeKey);
}

void MeetingEditor::pushMeeting(const Meeting& after, const QString& text, const QString& mergeKey)
{
    m_refreshed = false;
    const QUuid cell = m_stored->orgId;
    m_stack.push(
        new ChangeCommand<Meeting>(m_context, cell, Change<Meeting>{*m_stored, after}, text, mergeKey));
    if (m_refreshed || !m_stored || !m_context.workspace())
        return;
    // Refused (and reported): show what the database holds, so the same edit is not retried.
    const auto stored = m_context.workspace()->storage().meetings().find(m_stored->id);
    if (stored && *stored)
        refresh(**stored);
}

void MeetingEditor::editAttendance(const QUuid& memberId, const Attendance& after)
{
    flush();
    if (!m_stored || !isEditable())
        return;
    Meeting next = *m_stored;
    const auto found = std::find_if(next.attendance.begin(), next.attendance.end(),
                                    [&](const Attendance& row) { return row.memberId == memberId; });
    const std::optional<Attendance> before =
        found == next.attendance.end() ? std::nullopt : std::optional(*found);
    if (found == next.attendance.end())
        next.attendance.append(after);
    else
        *found = after;
    pushMeeting(next, MeetingChangeText::attendance(m_names.value(memberId), before, after));
}

void MeetingEditor::editAgenda(const QStringList& agenda)
{
    flush();
    if (!m_stored || !isEditable())
        return;
    Meeting next = *m_stored;
    next.agenda = agenda;
    if (const auto text = MeetingChangeText::describe(*m_stored, next))
        pushMeeting(next, text->text);
}

void MeetingEditor::previewRating(const QString& indicatorId, const QString& value)
{
    if (const Criteria* file = m_panel->currentFile()) {
        m_pendingRatings.insert(ratingKey(file->id, indicatorId), value);
        assess();
    }
}

void MeetingEditor::commitRating(const QString& indicatorId, const QString& value)
{
    const Criteria* file = m_panel->currentFile();
    if (!file || !m_stored || !isEditable())
        return;
    m_pendingRatings.remove(ratingKey(file->id, indicatorId));
    const auto found = std::find_if(m_ratings.cbegin(), m_ratings.cend(), [&](const Rating& r) {
        return r.criteriaId == file->id && r.indicatorId == indicatorId;
    });
    const std::optional<Rating> before = found == m_ratings.cend() ? std::nullopt : std::optional(*found);
    if ((before && before->value == value) || (!before && value.isEmpty())) {
        assess();
        return;
    }
    std::optional<Rating> after;
    if (!value.isEmpty()) {
        after = before.value_or(
            Rating{QUuid::createUuid(), file->id, indicatorId, m_stored->id, {}, {}, {}, {}, {}});
        after->value = value;
        after->enteredBy = m_context.session().userName;
        after->enteredOn = m_context.day();
    }
    const Indicator* indicator = file->indicator(indicatorId);
    const QString label =
        indicator ? indicator->label.pick(QLocale().language() == QLocale::English) : indicatorId;
    m_stack.push(new ChangeCommand<Rating>(m_context, m_stored->orgId, Change<Rating>{before, after},
                                           tr("Assess “%1”").arg(label)));
}

void MeetingEditor::moveTo(MeetingState state, const QString& note)
{
    flush();
    if (!m_stored)
        return;
    const QDateTime now(m_context.day(), QTime::currentTime());
    const auto moved = MeetingPlanning::transition(*m_stored, state, m_context.session(), now, note);
    if (!moved) {
        m_context.dialogs().showError(this, tr("The meeting's state"), moved.error().toString());
        return;
    }
    pushMeeting(*moved, MeetingChangeText::transition(m_stored->state, state));
}

/// One step back, with the note the services require (an empty one is refused with their message).
void MeetingEditor::reopen()
{
    flush();
    if (!m_stored || m_stored->state == MeetingState::Draft)
        return;
    const std::optional<QString> note = m_context.dialogs().askText(
        this, tr("Reopen the meeting"), tr("Why is the meeting reopened? The note is kept in its history."));
    if (note)
        moveTo(static_cast<MeetingState>(int(m_stored->state) - 1), *note);
}

void MeetingEditor::retranslate()
{
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_details), tr("Meeting"));
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_attendance), tr("Attendance"));
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_targets), tr("Resolution and targets"));
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_minutes), tr("Minutes"));
}

void MeetingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_stored) {
            showStored();
            assess();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
