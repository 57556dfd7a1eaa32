// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct lxw_worksheet;
struct lxw_format;

namespace chibo {

class XlsxFormats;

/// Writes one SheetTable into one libxlsxwriter worksheet: the caption (bold) if any, the header (bold,
/// light fill, frozen, with an autofilter over the table), the rows typed by their kind, and column
/// widths fitted to the longest text.
class XlsxSheetWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    static constexpr int maxColumnWidth = 60;
    static constexpr int excelRows = 1048576;
    static constexpr int excelColumns = 16384;

    /// `path` names the file in error messages; `sheetName` is the worksheet's (valid) name.
    XlsxSheetWriter(lxw_worksheet* sheet, XlsxFormats& formats, const QString& path,
                    const QString& sheetName);

    /// Error "sheet_write" naming the file, the sheet and the cell when libxlsxwriter refuses a cell,
    /// or when the table does not fit a worksheet.
    Status write(const SheetTable& table);

    /// How many characters `value` shows as (its longest line for text).
    static int displayLength(const SheetValue& value);

private:
    Status writeHeader(const SheetTable& table, int row);
    Status writeCell(int row, int column, const SheetValue& value);
    Status writeText(int row, int column, const QString& text, lxw_format* format);
    Status checked(int errorCode, int row, int column) const;
    void fitColumns(const SheetTable& table);
    /// Printing as a table is expected to print: A4, landscape when it has more than six columns, one page
    /// wide, the header row repeated on every page.
    void setUpPrinting(int columns, int headerRow);
    int columnCount(const SheetTable& table) const;

    lxw_worksheet* m_sheet;
    XlsxFormats& m_formats;
    QString m_path;
    QString m_sheetName;
};

} // namespace chibo
