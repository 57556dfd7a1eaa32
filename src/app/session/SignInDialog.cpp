// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/SignInDialog.h"

#include "services/Accounts.h"
#include "services/Workspace.h"
#include "ui_SignInDialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace chibo {

SignInDialog::SignInDialog(const Workspace& workspace, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(
        tr("Sign in to %1 with your account.").arg(QFileInfo(workspace.path()).fileName()));
    m_ui->userNameEdit->setText(userName);
    (userName.isEmpty() ? m_ui->userNameEdit : m_ui->passwordEdit)->setFocus();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignInDialog::~SignInDialog() = default;

bool SignInDialog::trySignIn()
{
    const Result<Session> session =
        Accounts::signIn(m_workspace, m_ui->userNameEdit->text().trimmed(), m_ui->passwordEdit->text());
    if (!session) {
        m_ui->messageLabel->setText(session.error().message);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return false;
    }
    m_session = *session;
    accept();
    return true;
}

void SignInDialog::setCredentials(const QString& userName, const QString& password)
{
    m_ui->userNameEdit->setText(userName);
    m_ui->passwordEdit->setText(password);
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->text();
}

} // namespace chibo
