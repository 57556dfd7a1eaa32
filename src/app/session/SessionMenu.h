// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace chibo {

class AppContext;

/// The Session menu: sign in as someone else, change one's password, the accounts (administrator) and the
/// audit trail (administrator, committee member). Signing in again goes through `signInAgain`, which the
/// window gives (it reopens the database's door).
class SessionMenu : public QObject {
    Q_OBJECT

public:
    SessionMenu(AppContext& context, QWidget* window, std::function<void()> signInAgain);
    ~SessionMenu() override;

    QMenu* menu() const { return m_menu; }
    void retranslate();
    /// Enables what the session may use.
    void updateActions();

private:
    void changePassword();
    void showAccounts();
    void showAuditTrail();

    AppContext& m_context;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_signIn;
    QAction* m_password;
    QAction* m_accounts;
    QAction* m_audit;
};

} // namespace chibo
