// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliBackups.h"

#include "cli/CliContext.h"
#include "services/Backups.h"
#include "services/DatabaseDrive.h"
#include "services/Workspace.h"

#include <QDateTime>

namespace chibo {

void CliBackups::afterOpen(CliContext& context, Workspace& workspace, bool forWriting, bool existed)
{
    if (const QString warning = DatabaseDrive::warning(workspace.path()); !warning.isEmpty())
        context.err() << tr("chibo-cli: warning: %1").arg(warning) << Qt::endl;
    if (!forWriting || !existed)
        return;
    const auto daily = Backups::inDataDirectory(workspace.path())
                           .ensureDaily(workspace.database(), QDateTime::currentDateTime());
    if (!daily)
        context.err()
            << tr("chibo-cli: warning: the daily backup was not made: %1").arg(daily.error().toString())
            << Qt::endl;
}

Status CliBackups::beforeImport(Workspace& workspace, bool existed)
{
    if (!existed)
        return {};
    return Backups::inDataDirectory(workspace.path())
        .beforeImport(workspace.database(), QDateTime::currentDateTime());
}

} // namespace chibo
