// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/PasswordDialog.h"

#include "app/AppContext.h"
#include "services/Accounts.h"
#include "ui_PasswordDialog.h"

namespace chibo {

PasswordDialog::PasswordDialog(AppContext& context, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_userName(userName)
    , m_own(userName.compare(context.session().accountName, Qt::CaseInsensitive) == 0)
{
    m_ui->setupUi(this);
    m_ui->accountLabel->setText(m_own ? tr("A new password for your account %1.").arg(userName)
                                      : tr("A new password for the account %1.").arg(userName));
    m_ui->currentLabel->setVisible(m_own);
    m_ui->currentEdit->setVisible(m_own);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::tryChange);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog() = default;

bool PasswordDialog::tryChange()
{
    if (m_ui->newEdit->text() != m_ui->againEdit->text()) {
        m_ui->messageLabel->setText(tr("The two new passwords differ."));
        return false;
    }
    const Status changed = Accounts::changePassword(*m_context.workspace(), m_context.session(), m_userName,
                                                    m_ui->currentEdit->text(), m_ui->newEdit->text());
    if (!changed) {
        m_ui->messageLabel->setText(changed.error().message);
        return false;
    }
    accept();
    return true;
}

void PasswordDialog::setPasswords(const QString& current, const QString& fresh, const QString& again)
{
    m_ui->currentEdit->setText(current);
    m_ui->newEdit->setText(fresh);
    m_ui->againEdit->setText(again);
}

QString PasswordDialog::message() const
{
    return m_ui->messageLabel->text();
}

} // namespace chibo
