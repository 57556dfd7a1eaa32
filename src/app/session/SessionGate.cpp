// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/session/SessionGate.h"

#include "app/session/AccountEditDialog.h"
#include "app/session/SignInDialog.h"
#include "services/Accounts.h"
#include "services/Workspace.h"

namespace chibo {

namespace {

Error cancelled()
{
    return Error{QStringLiteral("sign_in_cancelled"), SessionGate::tr("Nobody signed in."), {}};
}

QString personOfSystem()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("ChiBo") : user;
}

} // namespace

Result<Session> SessionGate::enter(QWidget* parent, Workspace& workspace,
                                   const QList<Organisation>& organisations, const Credentials& given,
                                   bool interactive)
{
    const Result<bool> accounts = Accounts::exist(workspace);
    if (!accounts)
        return accounts.error();
    if (!*accounts) {
        if (!interactive)
            return Accounts::openSession(personOfSystem());
        AccountEditDialog dialog(AccountEditDialog::Mode::FirstAdministrator, workspace, Session{},
                                 organisations, {}, parent);
        if (dialog.exec() != QDialog::Accepted)
            return cancelled();
        return dialog.createdSession();
    }
    if (!given.userName.isEmpty() && !given.password.isEmpty()) {
        const Result<Session> session = Accounts::signIn(workspace, given.userName, given.password);
        if (session || !interactive)
            return session;
    }
    if (!interactive)
        return Error{QStringLiteral("sign_in_required"),
                     tr("This database has accounts: give --user NAME and the password in CHIBO_PASSWORD."),
                     {}};
    SignInDialog dialog(workspace, given.userName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return cancelled();
    return dialog.session();
}

} // namespace chibo
