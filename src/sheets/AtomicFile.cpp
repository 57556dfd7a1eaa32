// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace chibo {

Status AtomicFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // writes a temporary sibling and renames it over `path` on commit()
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Error AtomicFile::writeError(const QString& path, const QString& reason)
{
    return Error{QStringLiteral("sheet_write"),
                 tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), reason), path};
}

} // namespace chibo
