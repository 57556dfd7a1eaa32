// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace chibo {

class Workspace;

/// The demo's accounts, one per role, all with the published password DemoAccounts::password(): an
/// administrator (quantri), the secretary of Chi bộ buôn Ea Kring (bithu.eakring), a committee member
/// (uyvien) and a viewer (xem). The demo is for trying ChiBo out, so its passwords are in the README.
class DemoAccounts {
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)

public:
    static QString password() { return QStringLiteral("chibo-demo"); }
    static QString administrator() { return QStringLiteral("quantri"); }
    /// Makes the accounts in the demo database `workspace` (which has none yet).
    static Status add(Workspace& workspace);
};

} // namespace chibo
