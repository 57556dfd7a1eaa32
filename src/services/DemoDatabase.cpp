// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DemoDatabase.h"

#include "demo/DemoGenerator.h"
#include "demo/ScaleGenerator.h"
#include "services/DatasetTransfer.h"
#include "services/DemoAccounts.h"
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

Error existsError(const QString& path)
{
    return Error{QStringLiteral("demo.exists"),
                 DemoDatabase::tr("%1 already exists; use --force to replace it.").arg(path),
                 {}};
}

} // namespace

Result<DatasetCounts> DemoDatabase::create(const QString& path, QDate asOf, quint64 seed, bool replace,
                                           bool withAccounts)
{
    if (QFileInfo::exists(path) && !replace)
        return existsError(path);
    return write(path, DemoGenerator::generate({seed, asOf}), QStringLiteral("demo"), withAccounts);
}

Status DemoDatabase::checkScale(const ScaleOptions& options)
{
    const auto refuse = [](const QString& message) {
        return Error{QStringLiteral("generate.size"), message, {}};
    };
    if (options.cells < 1 || options.cells > 100000)
        return refuse(tr("--cells needs a number from 1 to 100000, not %1.").arg(options.cells));
    const qint64 fewest = qint64(options.cells) * ScaleOptions::MinCellSize;
    const qint64 most = qint64(options.cells) * ScaleOptions::MaxCellSize;
    if (options.members < fewest || options.members > most)
        return refuse(tr("--members must lie between %1 and %2 for %3 cells of %4 to %5 members, not %6.")
                          .arg(fewest)
                          .arg(most)
                          .arg(options.cells)
                          .arg(ScaleOptions::MinCellSize)
                          .arg(ScaleOptions::MaxCellSize)
                          .arg(options.members));
    if (options.years < 1 || options.years > 10)
        return refuse(tr("--years needs a number from 1 to 10, not %1.").arg(options.years));
    return {};
}

Result<DatasetCounts> DemoDatabase::createScaled(const QString& path, const ScaleOptions& options,
                                                 bool replace)
{
    if (const Status checked = checkScale(options); !checked)
        return checked.error();
    if (QFileInfo::exists(path) && !replace)
        return existsError(path);
    return write(path, ScaleGenerator::generate(options), QStringLiteral("generate"));
}

Result<DatasetCounts> DemoDatabase::write(const QString& path, const Dataset& dataset, const QString& source,
                                          bool withAccounts)
{
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);
    Result<DatasetCounts> counts = Error{};
    {
        auto workspace = Workspace::open(building);
        if (!workspace)
            return workspace.error();
        counts = DatasetTransfer::importDataset(**workspace, dataset, source);
        if (counts && withAccounts) {
            if (const Status added = DemoAccounts::add(**workspace); !added)
                counts = added.error();
        }
    }
    if (!counts) {
        removeDatabaseFiles(building);
        return counts.error();
    }
    // Closing the last connection checkpoints the WAL into the file; a WAL left behind would be lost.
    if (QFileInfo::exists(building + QStringLiteral("-wal")))
        return Error{QStringLiteral("demo.io"), tr("The new database was not closed cleanly."), {}};
    removeDatabaseFiles(path);
    if (!QFile::rename(building, path))
        return Error{QStringLiteral("demo.io"), tr("Could not move the new database to %1.").arg(path), {}};
    return counts;
}

Status DemoDatabase::ensure(const QString& path, QDate asOf)
{
    if (QFileInfo::exists(path))
        return {};
    const auto counts = create(path, asOf, DefaultSeed, false, true);
    if (!counts)
        return counts.error();
    return {};
}

} // namespace chibo
