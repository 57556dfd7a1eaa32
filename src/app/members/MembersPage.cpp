// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/members/MembersPage.h"

#include "app/AppContext.h"
#include "app/ChangeCommand.h"
#include "app/DeferredReload.h"
#include "app/Dialogs.h"
#include "app/RecycleBinDialog.h"
#include "app/TextWidths.h"
#include "app/members/InlineMessage.h"
#include "app/members/MemberColumnWidths.h"
#include "app/members/MemberDialog.h"
#include "app/members/MemberImportDialog.h"
#include "app/members/MemberListLoader.h"
#include "app/members/MemberRecordSaver.h"
#include "core/Labels.h"
#include "core/OrgTree.h"
#include "models/CollationRanks.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberTableModel.h"
#include "services/Workspace.h"
#include "ui_MembersPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace chibo {

namespace {

/// More findings than this collapse into a last line saying how many are not shown.
constexpr int MaxWarningLines = 6;

} // namespace

MembersPage::MembersPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MembersPage>())
    , m_model(new MemberTableModel(this))
    , m_proxy(new MemberFilterProxy(this))
    , m_undoStack(new QUndoStack(this))
    , m_loader(new MemberListLoader(m_context, this,
                                    [this](Result<MemberListLoad> loaded) { showLoaded(std::move(loaded)); }))
{
    m_ui->setupUi(this);
    m_reload = new DeferredReload(this, DeferredReload::Timing::Immediate, DeferredReload::Timing::Coalesced,
                                  [this] { reload(); });
    setObjectName(QStringLiteral("membersPage"));
    m_undoStack->setObjectName(QStringLiteral("membersUndoStack"));
    m_context.undoGroup().addStack(m_undoStack);

    m_proxy->setSourceModel(m_model);
    m_ui->membersTableView->setModel(m_proxy);
    m_ui->membersTableView->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->membersTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->membersTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->membersTableView->fontMetrics().height() + 8);
    setupActions();
    setupFilters();

    for (auto signal : {&AppContext::workspaceChanged, &AppContext::organisationsChanged,
                        &AppContext::criteriaChanged, &AppContext::sessionChanged})
        connect(&m_context, signal, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::currentOrganisationChanged, m_reload, &DeferredReload::markStale);
    connect(&m_context, &AppContext::recordsChanged, m_reload, &DeferredReload::markStale);
    retranslate();
    updateActions();
}

MembersPage::~MembersPage() = default;

ExportablePage::Table MembersPage::exportableTable() const
{
    const Organisation* org = m_context.organisation(m_shownOrgId);
    if (!org)
        return {};
    return {m_ui->membersTableView, tr("Members"),
            tr("Members — %1, as of %2").arg(org->name, m_context.day().toString(u"dd/MM/yyyy"))};
}

void MembersPage::setupActions()
{
    QStyle* style = this->style();
    m_ui->addMemberAction->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->editMemberAction->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_ui->deleteMemberAction->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    m_ui->recycleBinAction->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_ui->importMembersAction->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    // Ctrl+N anywhere on the page; Enter and Del only on the table, so that they keep their meaning in
    // the search box and the filters.
    m_ui->addMemberAction->setShortcut(QKeySequence::New);
    m_ui->addMemberAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->editMemberAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_ui->editMemberAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->deleteMemberAction->setShortcut(QKeySequence::Delete);
    m_ui->deleteMemberAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_ui->addMemberAction);
    QTableView* table = m_ui->membersTableView;
    table->addActions({m_ui->addMemberAction, m_ui->editMemberAction, m_ui->deleteMemberAction});
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    table->addActions({separator, m_ui->importMembersAction, m_ui->recycleBinAction});
    m_ui->addMemberToolButton->setDefaultAction(m_ui->addMemberAction);
    m_ui->importMembersToolButton->setDefaultAction(m_ui->importMembersAction);
    m_ui->editMemberToolButton->setDefaultAction(m_ui->editMemberAction);
    m_ui->deleteMemberToolButton->setDefaultAction(m_ui->deleteMemberAction);
    m_ui->recycleBinToolButton->setDefaultAction(m_ui->recycleBinAction);

    connect(m_ui->addMemberAction, &QAction::triggered, this, &MembersPage::addMember);
    connect(m_ui->editMemberAction, &QAction::triggered, this, &MembersPage::editCurrentMember);
    connect(m_ui->deleteMemberAction, &QAction::triggered, this, &MembersPage::deleteCurrentMember);
    connect(m_ui->recycleBinAction, &QAction::triggered, this, &MembersPage::showRecycleBin);
    connect(m_ui->importMembersAction, &QAction::triggered, this, &MembersPage::importMembers);
    connect(table, &QTableView::doubleClicked, this, &MembersPage::editCurrentMember);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersPage::updateActions);
}

void MembersPage::setupFilters()
{
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(
            MemberFilterProxy::StatusFilter(m_ui->statusComboBox->currentData().toInt()));
        updateCount();
    });
    connect(m_ui->cellComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCellFilter(m_ui->cellComboBox->currentData().toUuid());
        updateCount();
        updateActions();
    });
}

void MembersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_context.undoGroup().setActiveStack(m_undoStack);
}

MemberDialog* MembersPage::memberDialog() const
{
    return m_memberDialog;
}

MemberImportDialog* MembersPage::importDialog() const
{
    return m_importDialog;
}

RecycleBinDialog* MembersPage::recycleBinDialog() const
{
    return m_recycleBin;
}

QUuid MembersPage::currentMemberId() const
{
    return m_ui->membersTableView->currentIndex().data(MemberTableModel::IdRole).toUuid();
}

bool MembersPage::selectMember(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->membersTableView->setCurrentIndex(index);
    m_ui->membersTableView->scrollTo(index);
    return true;
}

void MembersPage::reload()
{
    m_reload->markCurrent();
    m_selectWhenLoaded = m_selectAfter.isNull() ? currentMemberId() : m_selectAfter;
    m_selectAfter = QUuid();
    const Organisation* org = m_context.currentOrganisation();
    m_shownOrgId = org ? org->id : QUuid();
    fillCellFilter();
    updateTitle();
    if (!org || !m_context.workspace()) {
        m_loader->drop();
        return showLoaded(MemberListLoad{});
    }
    if (m_loader->load(m_shownOrgId))
        showLoading();
}

void MembersPage::showLoading()
{
    // Another organisation's rows would mislead; this one's stay until the new ones replace them.
    if (m_tableOrgId != m_shownOrgId) {
        showWarnings({});
        m_model->setContent({});
        m_tableOrgId = QUuid();
    }
    updateCount();
    updateActions();
}

void MembersPage::showLoaded(Result<MemberListLoad> loaded)
{
    if (!loaded)
        m_context.dialogs().showError(this, tr("Members"), loaded.error().toString());
    MemberListLoad shown = loaded ? std::move(loaded).value() : MemberListLoad{};
    m_tableOrgId = m_shownOrgId;
    showWarnings(shown.findings);
    m_model->setContent(std::move(shown.table));
    fitColumns();
    updateCount();
    if (!selectMember(m_selectWhenLoaded) && m_proxy->rowCount() > 0)
        m_ui->membersTableView->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

void MembersPage::showWarnings(const Diagnostics& findings)
{
    for (InlineMessage* message : m_ui->charterWarningsWidget->findChildren<InlineMessage*>())
        delete message;
    const qsizetype shown = findings.size() > MaxWarningLines ? MaxWarningLines - 1 : findings.size();
    for (qsizetype i = 0; i < shown; ++i) {
        auto* message = new InlineMessage(findings[i], m_ui->charterWarningsWidget);
        message->setObjectName(QStringLiteral("charterWarning"));
        m_ui->charterWarningsLayout->addWidget(message);
    }
    if (shown < findings.size()) {
        const Diagnostic more{
            Diagnostic::Severity::Info,
            QStringLiteral("charter.more"),
            tr("%n more finding(s) about the organisations below; choose one in the tree to "
               "see its own.",
               nullptr, int(findings.size() - shown)),
            m_shownOrgId,
            {}};
        auto* message = new InlineMessage(more, m_ui->charterWarningsWidget);
        message->setObjectName(QStringLiteral("charterWarning"));
        m_ui->charterWarningsLayout->addWidget(message);
    }
    m_ui->charterWarningsWidget->setVisible(!findings.isEmpty());
}

void MembersPage::fillCellFilter()
{
    const QUuid chosen = m_ui->cellComboBox->currentData().toUuid();
    QList<const Organisation*> cells;
    if (!m_shownOrgId.isNull()) {
        for (const Organisation* org : m_context.tree().subtree(m_shownOrgId)) {
            if (org->isCell())
                cells.append(org);
        }
    }
    // In Vietnamese order (PersonNameOrder's collation), from one sort key per name: a province has
    // 5,000 cells.
    QList<QString> names;
    names.reserve(cells.size());
    for (const Organisation* cell : std::as_const(cells))
        names.append(cell->name);
    const std::vector<int> ranks = CollationRanks::of(names);
    std::vector<int> order(ranks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&ranks](int a, int b) { return ranks[a] < ranks[b]; });
    const QSignalBlocker blocker(m_ui->cellComboBox);
    m_ui->cellComboBox->clear();
    m_ui->cellComboBox->addItem(tr("All cells"), QUuid());
    for (const int at : order)
        m_ui->cellComboBox->addItem(cells[at]->name, cells[at]->id);
    const int index = m_ui->cellComboBox->findData(chosen);
    m_ui->cellComboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setCellFilter(m_ui->cellComboBox->currentData().toUuid());
    m_ui->cellComboBox->setEnabled(cells.size() > 1);
    TextWidths::fitComboBox(*m_ui->cellComboBox);
}

void MembersPage::updateCount()
{
    if (m_loader->isLoading())
        return m_ui->countLabel->setText(tr("Loading the member list…"));
    m_ui->countLabel->setText(
        tr("%1 of %n member(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void MembersPage::updateTitle()
{
    const Organisation* org = m_context.organisation(m_shownOrgId);
    m_ui->orgTitleLabel->setText(org ? tr("<b>%1</b> — %2, as of %3")
                                           .arg(org->name.toHtmlEscaped(), Labels::of(org->kind),
                                                m_context.day().toString(u"dd/MM/yyyy"))
                                     : tr("No organisation selected"));
}

void MembersPage::fitColumns()
{
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    // Once, on the first members shown: later reloads keep the widths the person chose.
    m_columnsFitted = true;
    MemberColumnWidths::fit(*m_ui->membersTableView, *m_ui->cellComboBox);
}

QUuid MembersPage::defaultCell() const
{
    const QUuid chosen = m_ui->cellComboBox->currentData().toUuid();
    if (!chosen.isNull())
        return chosen;
    const Organisation* org = m_context.organisation(m_shownOrgId);
    if (org && org->isCell())
        return org->id;
    if (org) {
        for (const Organisation* inside : m_context.tree().subtree(org->id)) {
            if (inside->isCell() && !m_context.isReadOnlyFor(inside->id))
                return inside->id;
        }
    }
    return {};
}

void MembersPage::updateActions()
{
    const bool open = m_context.workspace() && !m_shownOrgId.isNull();
    const QUuid cell = defaultCell();
    m_ui->addMemberAction->setEnabled(open && !cell.isNull() && !m_context.isReadOnlyFor(cell));
    m_ui->importMembersAction->setEnabled(m_ui->addMemberAction->isEnabled());
    const QModelIndex current = m_ui->membersTableView->currentIndex();
    m_ui->editMemberAction->setEnabled(open && current.isValid());
    m_ui->editMemberAction->setText(
        current.isValid() && m_context.isReadOnlyFor(current.data(MemberTableModel::CellIdRole).toUuid())
            ? tr("&Open member…")
            : tr("&Edit member…"));
    m_ui->deleteMemberAction->setEnabled(
        open && current.isValid() &&
        !m_context.isReadOnlyFor(current.data(MemberTableModel::CellIdRole).toUuid()));
    m_ui->recycleBinAction->setEnabled(open);
}

void MembersPage::addMember()
{
    const QUuid cell = defaultCell();
    if (!m_ui->addMemberAction->isEnabled() || cell.isNull())
        return;
    MemberRecords records;
    records.member.id = QUuid::createUuid();
    records.member.memberships.append(
        {QUuid::createUuid(), cell, m_context.day(), QDate(), CellMembership::Kind::Official});
    openMemberDialog(std::move(records), true);
}

void MembersPage::importMembers()
{
    const QUuid cell = defaultCell();
    if (!m_ui->importMembersAction->isEnabled() || cell.isNull() ||
        (m_importDialog && m_importDialog->isVisible()))
        return;
    auto* dialog = new MemberImportDialog(m_context, cell, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->chooseFile()) {
        delete dialog;
        return;
    }
    connect(dialog, &MemberImportDialog::imported, this, [this](const QUuid& cellId, int count) {
        const Organisation* org = m_context.organisation(cellId);
        m_context.dialogs().showInformation(
            this, tr("Import members"),
            tr("%n member(s) were added to %1.", nullptr, count).arg(org ? org->name : QString()));
    });
    m_importDialog = dialog;
    dialog->open();
}

void MembersPage::editCurrentMember()
{
    const QUuid id = currentMemberId();
    Workspace* workspace = m_context.workspace();
    if (id.isNull() || !workspace)
        return;
    auto records = MemberRecords::load(*workspace, id);
    if (!records) {
        m_context.dialogs().showError(this, tr("Member"), records.error().toString());
        return;
    }
    openMemberDialog(std::move(records).value(), false);
}

void MembersPage::openMemberDialog(MemberRecords records, bool isNew)
{
    if (m_memberDialog && m_memberDialog->isVisible())
        return;
    auto* dialog = new MemberDialog(m_context, std::move(records), isNew, defaultCell(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveDialog(*dialog); });
    m_memberDialog = dialog;
    dialog->open();
}

void MembersPage::saveDialog(const MemberDialog& dialog)
{
    m_selectAfter = dialog.edited().member.id;
    const auto outcome =
        MemberRecordSaver::save(m_context, *m_undoStack, dialog.cellId(), dialog.original(), dialog.edited());
    if (outcome == MemberRecordSaver::Outcome::Unchanged || outcome == MemberRecordSaver::Outcome::Refused)
        m_selectAfter = QUuid();
}

void MembersPage::deleteCurrentMember()
{
    const QUuid id = currentMemberId();
    Workspace* workspace = m_context.workspace();
    if (id.isNull() || !workspace || !m_ui->deleteMemberAction->isEnabled())
        return;
    const QUuid cell = m_ui->membersTableView->currentIndex().data(MemberTableModel::CellIdRole).toUuid();
    auto stored = workspace->storage().members().find(id);
    if (!stored || !stored->has_value()) {
        m_context.dialogs().showError(this, tr("Delete member"),
                                      stored ? tr("The member is no longer in the database.")
                                             : stored.error().toString());
        return;
    }
    const Member& member = **stored;
    if (!m_context.dialogs().confirm(this, tr("Delete member"),
                                     tr("Delete %1? The record and the member's dues, leave, discipline and "
                                        "assignments go to the recycle bin, from where they can be restored.")
                                         .arg(member.fullName)))
        return;
    m_undoStack->push(new ChangeCommand<Member>(m_context, cell, Change<Member>{member, std::nullopt},
                                                tr("Delete %1").arg(member.fullName)));
}

void MembersPage::showRecycleBin()
{
    if ((m_recycleBin && m_recycleBin->isVisible()) || !m_context.workspace() || m_shownOrgId.isNull())
        return;
    auto* dialog = new RecycleBinDialog(m_context, m_shownOrgId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_recycleBin = dialog;
    dialog->open();
}

void MembersPage::retranslate()
{
    const int status = m_ui->statusComboBox->currentIndex();
    const QSignalBlocker blocker(m_ui->statusComboBox);
    m_ui->statusComboBox->clear();
    using Filter = MemberFilterProxy::StatusFilter;
    const std::pair<Filter, QString> filters[] = {
        {Filter::All, tr("Everyone")},          {Filter::Members, tr("Members")},
        {Filter::Full, tr("Full members")},     {Filter::Probationary, tr("Probationary members")},
        {Filter::Exempt, tr("Exempt")},         {Filter::Suspended, tr("Suspended")},
        {Filter::Left, tr("No longer members")}};
    for (const auto& [filter, label] : filters)
        m_ui->statusComboBox->addItem(label, int(filter));
    m_ui->statusComboBox->setCurrentIndex(std::max(status, 0));
    if (m_ui->cellComboBox->count() > 0)
        m_ui->cellComboBox->setItemText(0, tr("All cells"));
    updateTitle();
    updateCount();
    updateActions();
}

void MembersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Status, positions and the Charter's findings are translated when computed: compute them again.
        m_reload->markStale();
    }
    QWidget::changeEvent(event);
}

} // namespace chibo
