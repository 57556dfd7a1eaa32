// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/AccountsDialog.h"

#include "app/AppContext.h"
#include "app/Dialogs.h"
#include "app/session/AccountEditDialog.h"
#include "app/session/PasswordDialog.h"
#include "core/Labels.h"
#include "services/Accounts.h"
#include "ui_AccountsDialog.h"

#include <QHeaderView>

namespace chibo {

AccountsDialog::AccountsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
{
    m_ui->setupUi(this);
    m_ui->accountsTable->setColumnCount(4);
    m_ui->accountsTable->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("State")});
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsDialog::changeAccount);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &AccountsDialog::setPassword);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reload()
{
    const Result<QList<Account>> accounts = Accounts::list(*m_context.workspace(), m_context.session());
    m_accounts = accounts ? *accounts : QList<Account>();
    if (!accounts)
        m_context.dialogs().showError(this, windowTitle(), accounts.error().message);
    m_ui->accountsTable->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& account = m_accounts.at(row);
        const QStringList cells{account.userName, account.displayName, Labels::of(account.role),
                                account.disabled ? tr("disabled") : tr("may sign in")};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->accountsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->accountsTable->resizeColumnsToContents();
    if (!m_accounts.isEmpty())
        m_ui->accountsTable->selectRow(0);
}

const Account* AccountsDialog::selected() const
{
    const int row = m_ui->accountsTable->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

void AccountsDialog::addAccount()
{
    AccountEditDialog dialog(AccountEditDialog::Mode::NewAccount, *m_context.workspace(), m_context.session(),
                             m_context.organisations(), {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::changeAccount()
{
    const Account* account = selected();
    if (!account)
        return;
    AccountEditDialog dialog(AccountEditDialog::Mode::ChangeAccount, *m_context.workspace(),
                             m_context.session(), m_context.organisations(), *account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::setPassword()
{
    const Account* account = selected();
    if (!account)
        return;
    PasswordDialog dialog(m_context, account->userName, this);
    dialog.exec();
}

} // namespace chibo
