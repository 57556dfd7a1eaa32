// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <utility>

namespace chibo {

/// What a person may do in ChiBo. The services enforce it (Permissions); the window only mirrors it.
enum class Role {
    Admin,           ///< everything, including accounts and criteria files
    Secretary,       ///< edits the records of their own cells (ownOrgIds and what lies below them)
    CommitteeMember, ///< reads every cell; records classification decisions and locks a year
    Viewer,          ///< reads only
};

/// Who is working: made by signing in to an account (services/Accounts), the same way for the window and
/// the CLI; the services decide what it may do (Permissions).
struct Session {
    /// Not an aggregate, so that `Session{name, role, cells}` needs no account name.
    Session(QString name = {}, Role sessionRole = Role::Admin, QList<QUuid> cells = {}, QString account = {})
        : userName(std::move(name))
        , role(sessionRole)
        , ownOrgIds(std::move(cells))
        , accountName(std::move(account))
    {}

    QString userName; ///< the person's name, written into lifecycle events, decisions and the recycle bin
    Role role = Role::Admin;
    QList<QUuid> ownOrgIds; ///< a secretary's organisations; ignored for other roles
    /// The account signed in (its user name); empty on a database that has no accounts yet, whose
    /// sessions are its administrator's until the first account is made.
    QString accountName;

    bool operator==(const Session&) const = default;
};

} // namespace chibo
