// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoDatabase.h"

#include "demo/DemoGenerator.h"
#include "services/DatasetTransfer.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>

namespace chibo {

namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<DatasetCounts> DemoDatabase::create(const QString& path, QDate asOf, quint64 seed, bool replace)
{
    if (QFileInfo::exists(path) && !replace)
        return Error{QStringLiteral("demo.exists"),
                     tr("%1 already exists; use --force to replace it with a new demo.").arg(path),
                     {}};
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);
    Result<DatasetCounts> counts = Error{};
    {
        auto workspace = Workspace::open(building);
        if (!workspace)
            return workspace.error();
        counts = DatasetTransfer::importDataset(**workspace, DemoGenerator::generate({seed, asOf}),
                                                QStringLiteral("demo"));
    }
    if (!counts) {
        removeDatabaseFiles(building);
        return counts.error();
    }
    // Closing the last connection checkpoints the WAL into the file; a WAL left behind would be lost.
    if (QFileInfo::exists(building + QStringLiteral("-wal")))
        return Error{QStringLiteral("demo.io"), tr("The new demo database was not closed cleanly."), {}};
    removeDatabaseFiles(path);
    if (!QFile::rename(building, path))
        return Error{
            QStringLiteral("demo.io"), tr("Could not move the new demo database to %1.").arg(path), {}};
    return counts;
}

Status DemoDatabase::ensure(const QString& path, QDate asOf)
{
    if (QFileInfo::exists(path))
        return {};
    const auto counts = create(path, asOf);
    if (!counts)
        return counts.error();
    return {};
}

} // namespace chibo
