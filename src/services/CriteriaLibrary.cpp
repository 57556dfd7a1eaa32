// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CriteriaLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace chibo {

namespace {

Result<CriteriaSource> readFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("criteria.unreadable"),
                     CriteriaLibrary::tr("Cannot read the criteria file: %1.").arg(file.errorString()), path};
    }
    return CriteriaSource{name, file.readAll()};
}

} // namespace

QList<CriteriaSource> CriteriaLibrary::shippedSources()
{
    QList<CriteriaSource> sources;
    const QDir dir(QStringLiteral(":/criteria"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (auto source = readFile(dir.filePath(name), QStringLiteral("criteria/") + name))
            sources.append(std::move(source).value());
    }
    return sources;
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
            for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
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

} // namespace chibo
