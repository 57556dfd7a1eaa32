// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetGrid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chibo {

/// Reads one worksheet of an Excel workbook (.xlsx): the package through libzip (XlsxPackage), the
/// workbook and its relationships (XlsxWorkbook), the shared strings, the styles' number formats
/// (XlsxStyles) and the sheet's cells in their real positions (XlsxSheetReader, XlsxCellValue).
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// The sheet at `sheetIndex` (0-based, in tab order). Any failure — not a ZIP package, a missing
    /// part, malformed XML, a part over 200 MB unpacked, no such sheet — is Error "sheet_read" with a
    /// message naming the file and the part, located "<file>:<part>:<line>:<column>".
    static Result<SheetGrid> read(const QString& path, int sheetIndex = 0);
    /// Every worksheet in tab order; chart sheets and other sheets without cells are left out. The same
    /// Errors as read() when any worksheet cannot be read, and when the workbook has no worksheet at all.
    static Result<QList<SheetGrid>> readAll(const QString& path);
    /// readAll() of a workbook whose bytes are `bytes`, named `fileName` in Errors (no file is touched).
    static Result<QList<SheetGrid>> readAllBytes(const QByteArray& bytes, const QString& fileName);
};

} // namespace chibo
