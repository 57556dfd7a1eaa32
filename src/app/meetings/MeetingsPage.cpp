// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meetings/MeetingsPage.h"

#include "app/AppContext.h"
#include "app/ChangeCommand.h"
#include "app/DeferredReload.h"
#include "app/Dialogs.h"
#include "app/meetings/MeetingEditor.h"
#include "app/meetings/MeetingListModel.h"
#include "services/MeetingAssessment.h"
#include "services/MeetingPlanning.h"
#include "services/Workspace.h"
#include "ui_MeetingsPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>
#include <QSignalBlocker>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace chibo {

MeetingsPage::MeetingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MeetingsPage>())
    , m_stack(new QUndoStack(this))
    , m_list(new MeetingListModel(this))
    , m_editor(new MeetingEditor(context, *m_stack, this))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Immediate, DeferredReload::Timing::Immediate,
                                  [this] { reload(); });
    setObjectName(QStringLiteral("meetingsPage"));
    m_context.undoGroup().addStack(m_stack);
    m_ui->editorLayout->addWidget(m_editor);
    m_ui->meetingsTableView->setModel(m_list);
    m_ui->meetingsTableView->horizontalHeader()->setHighlightSections(false);
    m_ui->meetingsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->pageSplitter->setStretchFactor(0, 1);
    m_ui->pageSplitter->setStretchFactor(1, 4);
    m_ui->pageSplitter->setSizes({180, 620});
    m_ui->yearSpinBox->setValue(m_context.day().year());
    m_ui->newMeetingDateEdit->setDate(m_context.day());

    connect(m_ui->cellComboBox, &QComboBox::activated, this, [this] {
        m_editor->flush();
        openCell(m_ui->cellComboBox->currentData().toUuid());
        refreshMeetings();
    });
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, [this] {
        m_editor->flush();
        m_editor->close(); // another year: its latest meeting opens
        refreshMeetings();
    });
    connect(m_ui->meetingsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::showSelected);
    connect(m_ui->newMeetingButton, &QPushButton::clicked, this, &MeetingsPage::createMeeting);
    connectContext();
}

MeetingsPage::~MeetingsPage()
{
    m_editor->setAssessment(nullptr);
}

ExportablePage::Table MeetingsPage::exportableTable() const
{
    const Organisation* cell = m_context.organisation(m_cellId);
    if (!cell)
        return {};
    return {m_ui->meetingsTableView, tr("Meetings"), tr("Meetings — %1, %2").arg(cell->name).arg(year())};
}

int MeetingsPage::year() const
{
    return m_ui->yearSpinBox->value();
}

void MeetingsPage::connectContext()
{
    for (auto signal : {&AppContext::workspaceChanged, &AppContext::organisationsChanged,
                        &AppContext::criteriaChanged, &AppContext::sessionChanged})
        connect(&m_context, signal, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::currentOrganisationChanged, m_reload, &DeferredReload::markStale);
    // The editor refers to records of the database and to criteria files: let go of them at once.
    connect(&m_context, &AppContext::workspaceChanged, m_editor, &MeetingEditor::close);
    connect(&m_context, &AppContext::criteriaChanged, m_editor, &MeetingEditor::resetCriteria);
    connect(&m_context, &AppContext::recordsChanged, this, &MeetingsPage::onRecordsChanged);
}

void MeetingsPage::onRecordsChanged(const QUuid& orgId)
{
    // Our own edits (or their undo) come while our stack is the active one: re-read the year only.
    if (m_stack->isActive() && isVisible() && !m_reload->isStale() && orgId == m_cellId)
        refreshMeetings();
    else
        m_reload->markStale();
}

void MeetingsPage::showEvent(QShowEvent* event)
{
    m_context.undoGroup().setActiveStack(m_stack);
    QWidget::showEvent(event);
}

void MeetingsPage::hideEvent(QHideEvent* event)
{
    m_editor->flush();
    QWidget::hideEvent(event);
}

void MeetingsPage::reload()
{
    m_reload->markCurrent();
    m_editor->flush();
    fillCells();
    openCell(m_ui->cellComboBox->currentData().toUuid());
    refreshMeetings();
}

/// The cells around the current organisation; the current one when it is a cell, else the one chosen
/// before if it is still offered.
void MeetingsPage::fillCells()
{
    const QUuid previous = m_cellId;
    const QSignalBlocker blocker(m_ui->cellComboBox);
    m_ui->cellComboBox->clear();
    if (!m_context.workspace())
        return;
    const QUuid current = m_context.currentOrgId();
    for (const Organisation* cell : m_context.cellsAround(current))
        m_ui->cellComboBox->addItem(cell->name, cell->id);
    int index = m_ui->cellComboBox->findData(current);
    if (index < 0)
        index = m_ui->cellComboBox->findData(previous);
    m_ui->cellComboBox->setCurrentIndex(index < 0 ? 0 : index);
}

void MeetingsPage::openCell(const QUuid& cellId)
{
    const bool sameCell = cellId == m_cellId && m_assessment;
    m_cellId = cellId;
    m_editor->setAssessment(nullptr);
    m_assessment.reset();
    Workspace* workspace = m_context.workspace();
    if (!workspace || cellId.isNull())
        return;
    auto opened = MeetingAssessment::open(*workspace, cellId);
    if (opened)
        m_assessment = std::make_unique<MeetingAssessment>(std::move(opened).value());
    else
        m_context.dialogs().showError(this, tr("Meetings"), opened.error().toString());
    if (!sameCell)
        m_editor->close();
    m_editor->setAssessment(m_assessment.get());
}

/// Keeps the assessment's copy of the year's meetings equal to what is stored.
void MeetingsPage::syncAssessment(int year)
{
    if (!m_assessment)
        return;
    QSet<QUuid> stored;
    for (const Meeting& meeting : std::as_const(m_meetings))
        stored.insert(meeting.id);
    QList<QUuid> gone;
    for (const Meeting& held : m_assessment->records().meetings) {
        if (held.date.year() == year && !stored.contains(held.id))
            gone.append(held.id);
    }
    for (const QUuid& id : std::as_const(gone))
        m_assessment->removeMeeting(id);
    for (const Meeting& meeting : std::as_const(m_meetings))
        m_assessment->setMeeting(meeting);
}

void MeetingsPage::refreshMeetings()
{
    Workspace* workspace = m_context.workspace();
    const int shownYear = year();
    m_meetings.clear();
    if (workspace && !m_cellId.isNull()) {
        auto meetings = workspace->storage().meetings().ofOrganisations({m_cellId}, QDate(shownYear, 1, 1),
                                                                        QDate(shownYear, 12, 31));
        if (meetings)
            m_meetings = std::move(meetings).value();
        else
            m_context.dialogs().showError(this, tr("Meetings"), meetings.error().toString());
    }
    syncAssessment(shownYear);
    // The editor first: it re-reads the open meeting's targets and ratings into the assessment.
    const std::optional<QUuid> open = m_editor->meetingId();
    const auto stored = std::find_if(m_meetings.cbegin(), m_meetings.cend(),
                                     [&](const Meeting& m) { return open && m.id == *open; });
    if (stored != m_meetings.cend()) {
        m_editor->refresh(*stored);
    } else if (open) {
        // The open meeting was moved to another year: follow it there.
        std::optional<Meeting> moved;
        if (auto found = workspace ? workspace->storage().meetings().find(*open) : std::optional<Meeting>();
            found)
            moved = std::move(found).value();
        if (moved && moved->orgId == m_cellId && moved->date.year() != shownYear) {
            const QSignalBlocker blocker(m_ui->yearSpinBox);
            m_ui->yearSpinBox->setValue(moved->date.year());
            refreshMeetings();
            return;
        }
        m_editor->close();
    }
    QHash<QUuid, ScoreCard> cards;
    if (m_assessment) {
        auto year = m_assessment->evaluateYear(m_context.criteria(), shownYear);
        if (year)
            cards = std::move(year).value();
    }
    {
        const QSignalBlocker blocker(m_ui->meetingsTableView->selectionModel());
        m_list->setMeetings(m_meetings, cards, m_context.criteria());
        const int row = m_editor->meetingId() ? m_list->rowOf(*m_editor->meetingId()) : -1;
        m_ui->meetingsTableView->setCurrentIndex(row < 0 ? QModelIndex() : m_list->index(row, 0));
        if (row >= 0)
            m_ui->meetingsTableView->scrollTo(m_list->index(row, 0));
    }
    for (int column = 0; column < MeetingListModel::LevelColumn; ++column)
        m_ui->meetingsTableView->resizeColumnToContents(column);
    if (!m_editor->meetingId() && !m_meetings.isEmpty() && isVisible())
        selectMeeting(m_meetings.last().id); // the latest meeting: this month's work
    updateView();
}

void MeetingsPage::selectMeeting(const QUuid& id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return;
    m_ui->meetingsTableView->setCurrentIndex(m_list->index(row, MeetingListModel::DateColumn));
    m_ui->meetingsTableView->scrollTo(m_list->index(row, MeetingListModel::DateColumn));
}

void MeetingsPage::showSelected()
{
    const Meeting* listed = m_list->meeting(m_ui->meetingsTableView->currentIndex().row());
    if (!listed || m_editor->meetingId() == listed->id)
        return;
    const QUuid id = listed->id;
    m_editor->flush(); // may save, and so re-read the list
    const auto stored =
        std::find_if(m_meetings.cbegin(), m_meetings.cend(), [&](const Meeting& m) { return m.id == id; });
    if (stored != m_meetings.cend())
        m_editor->open(*stored);
    updateView();
}

void MeetingsPage::createMeeting()
{
    Workspace* workspace = m_context.workspace();
    if (!workspace || m_cellId.isNull() || m_context.isReadOnlyFor(m_cellId))
        return;
    m_editor->flush();
    const QDate date = m_ui->newMeetingDateEdit->date();
    const auto sameDay = std::find_if(m_meetings.cbegin(), m_meetings.cend(),
                                      [&](const Meeting& m) { return m.date == date; });
    if (sameDay != m_meetings.cend() &&
        !m_context.dialogs().confirm(this, tr("New meeting"),
                                     tr("The cell already has a meeting on %1. Record another one that day?")
                                         .arg(date.toString(u"dd/MM/yyyy"))))
        return;
    auto draft = MeetingPlanning::draftFrom(*workspace, m_cellId, date);
    if (!draft) {
        m_context.dialogs().showError(this, tr("New meeting"), draft.error().toString());
        return;
    }
    // Who prepared the draft, and when: the first line of the meeting's history.
    draft->lifecycle.append(LifecycleEvent{MeetingState::Draft,
                                           m_context.session().userName,
                                           QDateTime(m_context.day(), QTime::currentTime()),
                                           {}});
    if (date.year() != year()) {
        const QSignalBlocker blocker(m_ui->yearSpinBox);
        m_ui->yearSpinBox->setValue(date.year());
        refreshMeetings();
    }
    m_stack->push(new ChangeCommand<Meeting>(m_context, m_cellId, Change<Meeting>{std::nullopt, *draft},
                                             tr("New meeting on %1").arg(date.toString(u"dd/MM/yyyy"))));
    selectMeeting(draft->id);
}

void MeetingsPage::updateView()
{
    const bool open = m_editor->meetingId().has_value();
    m_editor->setVisible(open);
    m_ui->emptyLabel->setVisible(!open);
    m_ui->newMeetingButton->setEnabled(m_context.workspace() && !m_cellId.isNull() &&
                                       !m_context.isReadOnlyFor(m_cellId));
    const Organisation* cell = m_context.organisation(m_cellId);
    if (!m_context.workspace())
        m_ui->emptyLabel->setText(tr("No database is open."));
    else if (!cell)
        m_ui->emptyLabel->setText(tr("Choose a Party cell, or the organisation above it, in the tree."));
    else if (m_meetings.isEmpty())
        m_ui->emptyLabel->setText(
            tr("%1 has no meeting recorded in %2. Choose a date above and press New meeting.")
                .arg(cell->name)
                .arg(year()));
    else
        m_ui->emptyLabel->setText(tr("Choose a meeting in the list."));
}

void MeetingsPage::showPeriod(const QUuid& cellId, int year, int month)
{
    if (m_ui->cellComboBox->findData(cellId) < 0)
        m_context.setCurrentOrganisation(cellId);
    m_reload->reloadIfStale();
    const int index = m_ui->cellComboBox->findData(cellId);
    if (index >= 0 && cellId != m_cellId) {
        m_editor->flush();
        m_ui->cellComboBox->setCurrentIndex(index);
        openCell(cellId);
    }
    {
        const QSignalBlocker blocker(m_ui->yearSpinBox);
        m_ui->yearSpinBox->setValue(year);
    }
    refreshMeetings();
    if (month > 0) {
        const auto first = std::find_if(m_meetings.cbegin(), m_meetings.cend(),
                                        [&](const Meeting& m) { return m.date.month() == month; });
        if (first != m_meetings.cend())
            selectMeeting(first->id);
    }
}

void MeetingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_list->retranslate();
        if (!m_reload->isStale())
            refreshMeetings();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
