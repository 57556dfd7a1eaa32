// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documents/DocumentRegisterDialog.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/documents/IssuedDocumentModel.h"
#include "app/documents/RecordDocumentDialog.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "ui_DocumentRegisterDialog.h"

#include <QEvent>
#include <QHeaderView>

namespace chibo {

DocumentRegisterDialog::DocumentRegisterDialog(AppContext& context, const QUuid& orgId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::DocumentRegisterDialog>())
    , m_model(new IssuedDocumentModel(this))
    , m_orgId(orgId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("documentRegisterDialog"));
    m_ui->entriesTableView->setModel(m_model);
    m_ui->entriesTableView->horizontalHeader()->setSectionResizeMode(IssuedDocumentModel::TitleColumn,
                                                                     QHeaderView::Stretch);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &DocumentRegisterDialog::openForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->recordButton->setEnabled(
        context.workspace() && Permissions::mayIssueDocuments(context.session(), context.tree(), orgId).ok());
    reload();
}

DocumentRegisterDialog::~DocumentRegisterDialog() = default;

void DocumentRegisterDialog::reload()
{
    const Organisation* org = m_context.organisation(m_orgId);
    QList<IssuedDocument> entries;
    if (m_context.workspace() && org) {
        auto listed = DocumentRegister::entries(*m_context.workspace(), m_orgId);
        if (listed)
            entries = std::move(listed).value();
        else
            m_context.dialogs().showError(this, windowTitle(), listed.error().toString());
    }
    m_model->setEntries(org ? *org : Organisation{}, std::move(entries));
    m_ui->entriesTableView->resizeColumnsToContents();
    m_ui->entriesTableView->horizontalHeader()->setSectionResizeMode(IssuedDocumentModel::TitleColumn,
                                                                     QHeaderView::Stretch);
    setWindowTitle(org ? tr("Register of issued documents — %1").arg(org->name)
                       : tr("Register of issued documents"));
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
}

int DocumentRegisterDialog::entryCount() const
{
    return m_model->rowCount();
}

QTableView* DocumentRegisterDialog::table() const
{
    return m_ui->entriesTableView;
}

bool DocumentRegisterDialog::record(const DocumentRequest& request)
{
    if (!m_context.workspace())
        return false;
    const auto issued = DocumentRegister::issue(*m_context.workspace(), m_context.session(), request,
                                                QDateTime::currentDateTimeUtc());
    if (!issued) {
        m_context.dialogs().showError(this, tr("Register of issued documents"), issued.error().toString());
        return false;
    }
    reload();
    return true;
}

void DocumentRegisterDialog::openForm()
{
    auto* form = new RecordDocumentDialog(m_orgId, m_context.day(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setSubmit([this](const DocumentRequest& request) { return record(request); });
    m_form = form;
    form->open();
}

void DocumentRegisterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace chibo
