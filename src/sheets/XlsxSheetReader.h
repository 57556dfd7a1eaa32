// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"
#include "sheets/XlsxCellValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace chibo {

class XlsxPackage;

/// Reads a worksheet part (<sheetData>/<row>/<c>) into rows of cells placed where each cell's r="B7"
/// says (a cell or row without r follows the previous one), so cells given out of order or with gaps
/// land in their real positions. The rows are trimmed as SheetGrid describes.
class XlsxSheetReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    static constexpr int excelRows = 1048576;
    /// A sheet needing more cells than this (counting the empty ones before the last of each row) is
    /// refused, so a small file cannot make ChiBo allocate without bound.
    static constexpr qint64 maxCells = 5'000'000;

    XlsxSheetReader(const XlsxPackage& package, const QString& part, const XlsxCellValue::Context& context);

    /// Error naming the file, the part, the line and the column when the part is missing or malformed,
    /// a cell reference is not one, or a cell's value does not fit its type.
    Result<QList<QList<SheetValue>>> read();

private:
    struct Position {
        int row = 0;    ///< 0-based
        int column = 0; ///< 0-based
    };

    void readRow(QXmlStreamReader& xml);
    void readCell(QXmlStreamReader& xml, Position position);
    void place(QXmlStreamReader& xml, Position position, const SheetValue& value);
    /// "B7" as a 0-based position; false when it is not a cell reference inside Excel's limits.
    static bool parseReference(QStringView reference, Position& position);

    const XlsxPackage& m_package;
    QString m_part;
    XlsxCellValue::Context m_context;
    QList<QList<SheetValue>> m_rows;
    int m_nextRow = 0;
    qint64 m_cells = 0;
};

} // namespace chibo
