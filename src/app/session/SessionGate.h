// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace chibo {

class Workspace;

/// The door of a database in the window: who works in it. On a database with accounts the person signs
/// in (SignInDialog), or is signed in at once with the credentials given on the command line. On one
/// without, the first start makes its administrator (AccountEditDialog) — except where nobody can answer
/// a dialog (a screenshot or a start-up measurement), which works as the open session Accounts allows.
class SessionGate {
    Q_DECLARE_TR_FUNCTIONS(SessionGate)

public:
    struct Credentials {
        QString userName;
        QString password;
    };

    /// The session for `workspace`; "sign_in_cancelled" when the person cancelled, else the service's
    /// error when credentials given without a dialog are wrong.
    static Result<Session> enter(QWidget* parent, Workspace& workspace,
                                 const QList<Organisation>& organisations, const Credentials& given,
                                 bool interactive);
};

} // namespace chibo
