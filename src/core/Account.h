// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// A local account: who may sign in, as what. Its password hash (argon2id, libsodium's string form) is
/// kept beside it in storage and never leaves the services layer.
struct Account {
    QUuid id;
    QString userName;    ///< what the person types to sign in; unique, compared case-insensitively
    QString displayName; ///< how records name them ("Nguyễn Thị Hoa")
    Role role = Role::Viewer;
    QList<QUuid> orgIds; ///< a secretary's organisations; empty for the other roles
    bool disabled = false;
    QDateTime createdAt; ///< UTC

    bool operator==(const Account&) const = default;
};

} // namespace chibo
