// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace chibo {

/// Why a backup was made; each reason keeps its own newest copies (Backups::kept).
enum class BackupReason { Exit, Daily, BeforeImport, BeforeRestore, Manual };

/// One backup file of a database, as its name tells it (Backups::fileName).
struct BackupEntry {
    QString path;
    QDateTime time; ///< local time, to the second
    BackupReason reason = BackupReason::Manual;
    /// Several backups of one reason in one second are numbered 2, 3 …; the first is 1.
    int sequence = 1;
    qint64 size = 0; ///< bytes

    bool operator==(const BackupEntry&) const = default;
};

} // namespace chibo
