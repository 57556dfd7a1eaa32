// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// What a person may do in ChiBo. The services enforce it (Permissions); the window only mirrors it.
enum class Role {
    Admin,           ///< everything, including accounts and criteria files
    Secretary,       ///< edits the records of their own cells (ownOrgIds and what lies below them)
    CommitteeMember, ///< reads every cell; records classification decisions and locks a year
    Viewer,          ///< reads only
};

/// Who is working. Accounts with passwords come with the security work; until then the window and the
/// CLI start a session from their options (default: an administrator named after the OS user).
struct Session {
    QString userName; ///< written into lifecycle events, decisions and the recycle bin
    Role role = Role::Admin;
    QList<QUuid> ownOrgIds; ///< a secretary's organisations; ignored for other roles

    bool operator==(const Session&) const = default;
};

} // namespace chibo
