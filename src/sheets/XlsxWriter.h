// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chibo {

/// Writes tables as an Excel workbook (.xlsx) with libxlsxwriter: one worksheet per table, named by its
/// title made valid and unique (SheetNames). In each sheet: the caption (bold) if any, then the header
/// row (bold, light fill, frozen, with an autofilter), then the rows. Integers are numbers; shares are
/// numbers formatted "0.0%" (the exact fraction becomes a double only in the file); dates are real
/// Excel dates formatted dd/mm/yyyy (days before 1900, which Excel cannot hold, are written as text);
/// a value's fill colours its cell. Column widths fit the longest text, at most 60 characters.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// Replaces `path` only when the whole workbook was written (AtomicFile). Error "sheet_write"
    /// naming the path when it cannot be written or libxlsxwriter reports an error (its message).
    static Status write(const QString& path, const QList<SheetTable>& sheets);

private:
    static Status writeWorkbook(const QString& scratchPath, const QString& path,
                                const QList<SheetTable>& sheets);
};

} // namespace chibo
