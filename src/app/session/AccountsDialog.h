// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Account.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace chibo {

class AppContext;

/// The administrator's list of accounts: make one, change one (name, role, cells, disabled) or set its
/// password, each through AccountEditDialog or PasswordDialog.
class AccountsDialog : public QDialog {
    Q_OBJECT

public:
    explicit AccountsDialog(AppContext& context, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    void reload();
    const QList<Account>& accounts() const { return m_accounts; }

private:
    const Account* selected() const;
    void addAccount();
    void changeAccount();
    void setPassword();

    AppContext& m_context;
    const std::unique_ptr<Ui::AccountsDialog> m_ui;
    QList<Account> m_accounts;
};

} // namespace chibo
