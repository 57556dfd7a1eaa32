// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace chibo {

class Workspace;

/// Asks for a user name and password and signs in to `workspace` (Accounts::signIn); stays open with the
/// service's message until the sign-in succeeds or the person cancels.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    SignInDialog(const Workspace& workspace, const QString& userName, QWidget* parent = nullptr);
    ~SignInDialog() override;

    /// The session once accepted.
    const Session& session() const { return m_session; }
    /// Tries the fields as they are; on success accepts the dialog.
    bool trySignIn();
    void setCredentials(const QString& userName, const QString& password);
    QString message() const;

private:
    const Workspace& m_workspace;
    const std::unique_ptr<Ui::SignInDialog> m_ui;
    Session m_session;
};

} // namespace chibo
