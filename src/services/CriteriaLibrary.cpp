// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaLibrary.h"

#include "services/DataLocations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace chibo {

namespace {

const QStringList jsonFiles{QStringLiteral("*.json")};

Result<CriteriaSource> readFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("criteria.unreadable"),
                     CriteriaLibrary::tr("Cannot read the criteria file: %1.").arg(file.errorString()), path};
    }
    return CriteriaSource{name, file.readAll()};
}

/// The *.json files of a resource folder, in name order, named `namePrefix` + file name.
QList<CriteriaSource> resourceSources(const QString& folder, const QString& namePrefix)
{
    QList<CriteriaSource> sources;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(jsonFiles, QDir::Files, QDir::Name)) {
        if (auto source = readFile(dir.filePath(name), namePrefix + name))
            sources.append(std::move(source).value());
    }
    return sources;
}

} // namespace

QList<CriteriaSource> CriteriaLibrary::shippedSources()
{
    return resourceSources(QStringLiteral(":/criteria"), QStringLiteral("criteria/"));
}

QList<CriteriaSource> CriteriaLibrary::shippedCases(const QString& criteriaId)
{
    // An id never contains "/" or "..": the loader allows lower-case letters, digits and "-" only.
    if (criteriaId.isEmpty() || criteriaId.contains(u'/') || criteriaId.contains(u'.'))
        return {};
    return resourceSources(QStringLiteral(":/criteria-tests/") + criteriaId,
                           QStringLiteral("criteria/tests/") + criteriaId + u'/');
}

QString CriteriaLibrary::userDirectory()
{
    return DataLocations::dataDirectory() + QStringLiteral("/criteria");
}

Result<QList<CriteriaSource>> CriteriaLibrary::userSources()
{
    QList<CriteriaSource> sources;
    const QDir dir(userDirectory());
    if (!dir.exists())
        return sources;
    for (const QString& name : dir.entryList(jsonFiles, QDir::Files, QDir::Name)) {
        const QString path = dir.absoluteFilePath(name);
        auto source = readFile(path, path);
        if (!source)
            return source.error();
        sources.append(std::move(source).value());
    }
    return sources;
}

bool CriteriaLibrary::isUserFile(const QString& sourceName)
{
    return QFileInfo(sourceName).absolutePath() == QDir(userDirectory()).absolutePath();
}

Result<QList<CriteriaSource>> CriteriaLibrary::readSources(const QStringList& paths)
{
    QList<CriteriaSource> sources;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            return Error{QStringLiteral("criteria.not-found"), tr("No such criteria file or folder."), path};
        }
        QStringList files;
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString& name : dir.entryList(jsonFiles, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else {
            files.append(path);
        }
        for (const QString& file : files) {
            auto source = readFile(file, QDir::cleanPath(file));
            if (!source)
                return source.error();
            sources.append(std::move(source).value());
        }
    }
    return sources;
}

Result<CriteriaSet::Loaded> CriteriaLibrary::load(const QStringList& paths)
{
    if (paths.isEmpty())
        return CriteriaSet::load(shippedSources());
    auto sources = readSources(paths);
    if (!sources)
        return sources.error();
    return CriteriaSet::load(*sources);
}

Result<QList<CriteriaSource>> CriteriaLibrary::installedSources()
{
    auto user = userSources();
    if (!user)
        return user.error();
    return shippedSources() + *user;
}

Result<CriteriaSet::Loaded> CriteriaLibrary::loadInstalled()
{
    auto sources = installedSources();
    if (!sources)
        return sources.error();
    return CriteriaSet::load(*sources);
}

} // namespace chibo
