// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/AccountEditDialog.h"

#include "core/Labels.h"
#include "services/Accounts.h"
#include "ui_AccountEditDialog.h"

namespace chibo {

namespace {

constexpr Role Roles[] = {Role::Admin, Role::Secretary, Role::CommitteeMember, Role::Viewer};

bool keepsRecords(OrgKind kind)
{
    return kind != OrgKind::UpperCommittee;
}

} // namespace

AccountEditDialog::AccountEditDialog(Mode mode, Workspace& workspace, const Session& session,
                                     const QList<Organisation>& organisations, const Account& account,
                                     QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_workspace(workspace)
    , m_session(session)
    , m_account(account)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
{
    m_ui->setupUi(this);
    for (Role role : Roles)
        m_ui->roleComboBox->addItem(Labels::of(role), int(role));
    for (const Organisation& org : organisations) {
        if (!keepsRecords(org.kind))
            continue;
        auto* item = new QListWidgetItem(org.name, m_ui->cellsListWidget);
        item->setData(Qt::UserRole, org.id);
        item->setCheckState(account.orgIds.contains(org.id) ? Qt::Checked : Qt::Unchecked);
    }
    const bool first = mode == Mode::FirstAdministrator;
    const bool change = mode == Mode::ChangeAccount;
    setWindowTitle(first ? tr("The administrator") : change ? tr("Change the account") : tr("New account"));
    m_ui->introLabel->setText(
        first ? tr("This database has no accounts yet. Make its administrator: the person "
                   "who makes the other accounts. Everyone signs in from now on.")
              : QString());
    m_ui->introLabel->setVisible(first);
    m_ui->userNameEdit->setText(account.userName);
    m_ui->userNameEdit->setReadOnly(change);
    m_ui->displayNameEdit->setText(account.displayName);
    m_ui->roleComboBox->setCurrentIndex(
        m_ui->roleComboBox->findData(int(first ? Role::Admin : account.role)));
    m_ui->roleComboBox->setEnabled(!first);
    for (QWidget* passwordField :
         {static_cast<QWidget*>(m_ui->passwordLabel), static_cast<QWidget*>(m_ui->passwordEdit),
          static_cast<QWidget*>(m_ui->againLabel), static_cast<QWidget*>(m_ui->againEdit)})
        passwordField->setVisible(!change);
    m_ui->disabledCheckBox->setVisible(change);
    m_ui->disabledCheckBox->setChecked(account.disabled);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AccountEditDialog::showCells);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountEditDialog::trySave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCells();
}

AccountEditDialog::~AccountEditDialog() = default;

void AccountEditDialog::showCells()
{
    const bool secretary = Role(m_ui->roleComboBox->currentData().toInt()) == Role::Secretary;
    m_ui->cellsLabel->setVisible(secretary);
    m_ui->cellsListWidget->setVisible(secretary);
}

Account AccountEditDialog::accountFromFields() const
{
    Account account = m_account;
    account.userName = m_ui->userNameEdit->text().trimmed();
    account.displayName = m_ui->displayNameEdit->text().trimmed();
    account.role = Role(m_ui->roleComboBox->currentData().toInt());
    account.disabled = m_ui->disabledCheckBox->isChecked();
    account.orgIds.clear();
    if (account.role == Role::Secretary) {
        for (int row = 0; row < m_ui->cellsListWidget->count(); ++row) {
            const QListWidgetItem* item = m_ui->cellsListWidget->item(row);
            if (item->checkState() == Qt::Checked)
                account.orgIds.append(item->data(Qt::UserRole).toUuid());
        }
    }
    return account;
}

bool AccountEditDialog::trySave()
{
    const Account account = accountFromFields();
    if (m_mode != Mode::ChangeAccount && m_ui->passwordEdit->text() != m_ui->againEdit->text()) {
        m_ui->messageLabel->setText(tr("The two passwords differ."));
        return false;
    }
    Status saved;
    if (m_mode == Mode::FirstAdministrator) {
        const Result<Session> made = Accounts::createAdministrator(
            m_workspace, account.userName, account.displayName, m_ui->passwordEdit->text());
        saved = made ? Status() : Status(made.error());
        if (made)
            m_created = *made;
    } else if (m_mode == Mode::NewAccount) {
        const Result<Account> made =
            Accounts::create(m_workspace, m_session, account, m_ui->passwordEdit->text());
        saved = made ? Status() : Status(made.error());
    } else {
        saved = Accounts::update(m_workspace, m_session, account);
    }
    if (!saved) {
        m_ui->messageLabel->setText(saved.error().message);
        return false;
    }
    accept();
    return true;
}

void AccountEditDialog::fill(const QString& userName, const QString& displayName, const QString& password)
{
    m_ui->userNameEdit->setText(userName);
    m_ui->displayNameEdit->setText(displayName);
    m_ui->passwordEdit->setText(password);
    m_ui->againEdit->setText(password);
}

QString AccountEditDialog::message() const
{
    return m_ui->messageLabel->text();
}

} // namespace chibo
