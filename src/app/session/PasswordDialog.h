// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace chibo {

class AppContext;

/// Changes the password of `userName`: the session's own (asking for the current one) or, for an
/// administrator, anyone's (Accounts::changePassword). Stays open with the message until it is done.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    PasswordDialog(AppContext& context, const QString& userName, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    /// Tries the fields as they are; on success accepts the dialog.
    bool tryChange();
    void setPasswords(const QString& current, const QString& fresh, const QString& again);
    QString message() const;

private:
    AppContext& m_context;
    const std::unique_ptr<Ui::PasswordDialog> m_ui;
    QString m_userName;
    bool m_own = false;
};

} // namespace chibo
