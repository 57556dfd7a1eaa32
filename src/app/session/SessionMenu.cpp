// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/SessionMenu.h"

#include "app/AppContext.h"
#include "app/session/AccountsDialog.h"
#include "app/session/AuditTrailDialog.h"
#include "app/session/PasswordDialog.h"
#include "services/Permissions.h"

#include <QAction>
#include <QMenu>

namespace chibo {

SessionMenu::SessionMenu(AppContext& context, QWidget* window, std::function<void()> signInAgain)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_signIn(m_menu->addAction(QString()))
    , m_password(m_menu->addAction(QString()))
    , m_accounts(nullptr)
    , m_audit(nullptr)
{
    m_menu->addSeparator();
    m_accounts = m_menu->addAction(QString());
    m_audit = m_menu->addAction(QString());
    m_menu->setObjectName(QStringLiteral("sessionMenu"));
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_password->setObjectName(QStringLiteral("changePasswordAction"));
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    m_audit->setObjectName(QStringLiteral("auditTrailAction"));
    connect(m_signIn, &QAction::triggered, this, std::move(signInAgain));
    connect(m_password, &QAction::triggered, this, &SessionMenu::changePassword);
    connect(m_accounts, &QAction::triggered, this, &SessionMenu::showAccounts);
    connect(m_audit, &QAction::triggered, this, &SessionMenu::showAuditTrail);
    connect(m_menu, &QMenu::aboutToShow, this, &SessionMenu::updateActions);
    retranslate();
    updateActions();
}

SessionMenu::~SessionMenu() = default;

void SessionMenu::retranslate()
{
    m_menu->setTitle(tr("&Session"));
    m_signIn->setText(tr("Sign in as &someone else…"));
    m_password->setText(tr("Change my &password…"));
    m_accounts->setText(tr("&Accounts…"));
    m_audit->setText(tr("Audit &trail…"));
}

void SessionMenu::updateActions()
{
    const bool open = m_context.workspace() != nullptr;
    m_signIn->setEnabled(open);
    m_password->setEnabled(open && !m_context.session().accountName.isEmpty());
    m_accounts->setEnabled(open && Permissions::mayAdminister(m_context.session()).ok());
    m_audit->setEnabled(open && Permissions::mayReadAudit(m_context.session()).ok());
}

void SessionMenu::changePassword()
{
    PasswordDialog dialog(m_context, m_context.session().accountName, m_window);
    dialog.exec();
}

void SessionMenu::showAccounts()
{
    AccountsDialog dialog(m_context, m_window);
    dialog.exec();
}

void SessionMenu::showAuditTrail()
{
    AuditTrailDialog dialog(m_context, m_window);
    dialog.exec();
}

} // namespace chibo
