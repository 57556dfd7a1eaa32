// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Account.h"
#include "core/Organisation.h"
#include "core/Session.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AccountEditDialog;
}

namespace chibo {

class Workspace;

/// One account's form, in three uses: the database's first administrator (at its first start), a new
/// account and a change of an account (by an administrator). Saving goes through Accounts and the dialog
/// stays open with the service's message until it succeeds.
class AccountEditDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, NewAccount, ChangeAccount };

    /// `organisations`: those a secretary's account may keep. `account` is the one to change
    /// (ChangeAccount only). `session` saves NewAccount and ChangeAccount.
    AccountEditDialog(Mode mode, Workspace& workspace, const Session& session,
                      const QList<Organisation>& organisations, const Account& account = {},
                      QWidget* parent = nullptr);
    ~AccountEditDialog() override;

    /// Saves the fields as they are; on success accepts the dialog.
    bool trySave();
    /// FirstAdministrator: the administrator's session once saved.
    const Session& createdSession() const { return m_created; }
    void fill(const QString& userName, const QString& displayName, const QString& password);
    QString message() const;

private:
    Account accountFromFields() const;
    void showCells();

    Mode m_mode;
    Workspace& m_workspace;
    Session m_session;
    Account m_account;
    const std::unique_ptr<Ui::AccountEditDialog> m_ui;
    Session m_created;
};

} // namespace chibo
