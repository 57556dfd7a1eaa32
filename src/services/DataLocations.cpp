// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DataLocations.h"

#include <QDir>
#include <QStandardPaths>

namespace chibo {

QString DataLocations::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString DataLocations::defaultDatabasePath()
{
    return dataDirectory() + QStringLiteral("/chibo.sqlite");
}

QString DataLocations::backupDirectory()
{
    return dataDirectory() + QStringLiteral("/backups");
}

QString DataLocations::demoDatabasePath()
{
    return dataDirectory() + QStringLiteral("/demo.sqlite");
}

} // namespace chibo
