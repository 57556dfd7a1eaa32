// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/RecycleBinDialog.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/members/DeletedRecordModel.h"
#include "core/OrgTree.h"
#include "services/RecycleBin.h"
#include "services/Workspace.h"
#include "ui_RecycleBinDialog.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace chibo {

RecycleBinDialog::RecycleBinDialog(AppContext& context, const QUuid& orgId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::RecycleBinDialog>())
    , m_model(new DeletedRecordModel(this))
    , m_orgId(orgId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("recycleBinDialog"));
    m_ui->entriesTableView->setModel(m_model);
    QHeaderView* header = m_ui->entriesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DeletedRecordModel::RecordColumn, QHeaderView::Stretch);
    connect(m_ui->entriesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecycleBinDialog::updateButtons);
    connect(m_ui->entriesTableView, &QTableView::doubleClicked, this, &RecycleBinDialog::restoreSelected);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

RecycleBinDialog::~RecycleBinDialog() = default;

void RecycleBinDialog::reload()
{
    Workspace* workspace = m_context.workspace();
    QList<DeletedRecord> entries;
    if (workspace) {
        auto listed = RecycleBin::list(*workspace, {m_orgId});
        if (listed)
            entries = std::move(listed).value();
        else
            m_context.dialogs().showError(this, tr("Recycle bin"), listed.error().toString());
    }
    QHash<QUuid, QString> names;
    for (const Organisation& org : m_context.organisations())
        names.insert(org.id, org.name);
    m_model->setEntries(std::move(entries), std::move(names));
    m_ui->entriesTableView->resizeColumnsToContents();
    for (int column : {DeletedRecordModel::DeletedAtColumn, DeletedRecordModel::OrganisationColumn})
        m_ui->entriesTableView->setColumnWidth(column,
                                               std::max(m_ui->entriesTableView->columnWidth(column), 140));
    if (m_model->rowCount() > 0)
        m_ui->entriesTableView->setCurrentIndex(m_model->index(0, 0));
    const Organisation* org = m_context.organisation(m_orgId);
    setWindowTitle(org ? tr("Recycle bin — %1").arg(org->name) : tr("Recycle bin"));
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

int RecycleBinDialog::entryCount() const
{
    return m_model->rowCount();
}

bool RecycleBinDialog::restoreSelected()
{
    Workspace* workspace = m_context.workspace();
    const DeletedRecord* entry = m_model->entry(m_ui->entriesTableView->currentIndex().row());
    if (!workspace || !entry || m_context.isReadOnlyFor(entry->orgId))
        return false;
    const QUuid orgId = entry->orgId;
    const Status restored = RecycleBin::restore(*workspace, m_context.session(), entry->id);
    if (!restored) {
        m_context.dialogs().showError(this, tr("Restore"), restored.error().toString());
        return false;
    }
    reload();
    m_context.notifyRecordsChanged(orgId);
    return true;
}

void RecycleBinDialog::updateButtons()
{
    const DeletedRecord* entry = m_model->entry(m_ui->entriesTableView->currentIndex().row());
    m_ui->restoreButton->setEnabled(entry && m_context.workspace() && !m_context.isReadOnlyFor(entry->orgId));
}

void RecycleBinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        const Organisation* org = m_context.organisation(m_orgId);
        setWindowTitle(org ? tr("Recycle bin — %1").arg(org->name) : tr("Recycle bin"));
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
