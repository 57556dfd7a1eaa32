// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace chibo {

/// Saves a whole file at once: the bytes go to a temporary file next to the target, which replaces the
/// target by a rename only when everything was written. The target is either left as it was or
/// complete, never half written.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    /// Error "sheet_write" naming `path` when the folder or file cannot be written.
    static Status write(const QString& path, const QByteArray& bytes);
    /// The Error the sheet writers report: "Could not save “path”: reason", located at `path`.
    static Error writeError(const QString& path, const QString& reason);
};

} // namespace chibo
