// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AuditEntry.h"
#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// The audit trail as people read it: the name of each action and kind of record in the current language,
/// and the table the window shows and the export writes (one row per entry, oldest first).
class AuditSheet {
    Q_DECLARE_TR_FUNCTIONS(AuditSheet)

public:
    /// "Created", "Changed", "Removed", "Restored", "Locked" … for an entry's action code.
    static QString actionLabel(const QString& action);
    /// "Member", "Meeting", "Account" … for an entry's kind of record.
    static QString kindLabel(const QString& kind);
    /// The entry's time in the local time zone, dd/MM/yyyy HH:mm:ss.
    static QString timeText(const AuditEntry& entry);
    static QStringList header();
    static SheetTable table(const QList<AuditEntry>& entries);
    /// Writes `entries` to `path`: an .xlsx workbook, else CSV.
    static Status write(const QString& path, const QList<AuditEntry>& entries);
};

} // namespace chibo
