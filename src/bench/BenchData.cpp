// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchData.h"

#include "services/DemoDatabase.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace chibo {

using namespace Qt::StringLiterals;

BenchData::BenchData(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory + QStringLiteral("/scratch"));
}

Result<QString> BenchData::province(const ScaleOptions& options) const
{
    const QString path = m_directory + QStringLiteral("/province-%1-%2-%3y-s%4.sqlite")
                                           .arg(options.cells)
                                           .arg(options.members)
                                           .arg(options.years)
                                           .arg(options.seed);
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "generating %d cells, %d members: %s\n", options.cells, options.members,
                 qPrintable(path));
    const auto counts = DemoDatabase::createScaled(path, options);
    if (!counts)
        return counts.error();
    return path;
}

QString BenchData::scratchPath(const QString& name) const
{
    return m_directory + QStringLiteral("/scratch/") + name;
}

QStringList BenchData::environment() const
{
    return {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
            QStringLiteral("XDG_CONFIG_HOME=") + scratchPath(u"config"_s),
            QStringLiteral("XDG_DATA_HOME=") + scratchPath(u"data"_s)};
}

Result<QString> BenchData::scratchCopy(const QString& database, const QString& name) const
{
    const QString path = scratchPath(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(database, path))
        return Error{
            QStringLiteral("bench.copy"), QStringLiteral("cannot copy %1 to %2").arg(database, path), {}};
    return path;
}

} // namespace chibo
