// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chibo {

/// Reads a spreadsheet by its extension (case ignored): ".csv" through CsvReader, ".xlsx" through
/// XlsxReader (its first sheet).
class SheetReader {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    /// The reader's result; for any other extension Error "sheet_read" saying which types are read.
    static Result<SheetGrid> read(const QString& path);
    /// Every sheet of the file: a CSV file's one table, a workbook's worksheets in tab order
    /// (XlsxReader::readAll). The same Errors as read().
    static Result<QList<SheetGrid>> readAll(const QString& path);

private:
    static Error unreadableType(const QString& path);
};

} // namespace chibo
