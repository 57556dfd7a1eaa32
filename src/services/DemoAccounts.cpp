// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoAccounts.h"

#include "services/Accounts.h"
#include "services/Workspace.h"

namespace chibo {

Status DemoAccounts::add(Workspace& workspace)
{
    const Result<Session> admin =
        Accounts::createAdministrator(workspace, administrator(), QStringLiteral("Lê Văn Hùng"), password());
    if (!admin)
        return admin.error();
    const Result<Organisation> cell = workspace.findOrganisation(QStringLiteral("Chi bộ buôn Ea Kring"));
    if (!cell)
        return cell.error();
    const QList<Account> others{
        {{},
         QStringLiteral("bithu.eakring"),
         QStringLiteral("Đặng Thị Bình"),
         Role::Secretary,
         {cell->id},
         false,
         {}},
        {{}, QStringLiteral("uyvien"), QStringLiteral("Trần Văn Minh"), Role::CommitteeMember, {}, false, {}},
        {{}, QStringLiteral("xem"), QStringLiteral("Phạm Thị Lan"), Role::Viewer, {}, false, {}},
    };
    for (const Account& account : others) {
        if (const Result<Account> made = Accounts::create(workspace, *admin, account, password()); !made)
            return made.error();
    }
    return {};
}

} // namespace chibo
