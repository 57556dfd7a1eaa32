// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheets/SheetTable.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace chibo {

/// What a spreadsheet reader returns: the cells of one sheet where the person sees them.
/// `rows[i]` is the file's row i + 1 and `rows[i][j]` its column j + 1, so row numbers and column
/// letters in messages match Excel. Rows in between are kept (possibly empty); a row ends at its last
/// non-empty cell and the grid at its last non-empty row. Missing cells are Empty.
struct SheetGrid {
    QString sourceName; ///< the file name as shown to people ("members.xlsx")
    QString sheetName;  ///< the worksheet's name; for a CSV the file's base name
    QList<QList<SheetValue>> rows;

    /// The cell at 0-based (row, column), Empty when outside the grid.
    SheetValue cell(qsizetype row, qsizetype column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return {};
        return rows[row][column];
    }

    /// The column letters for a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". "" for a negative index.
    static QString columnName(int index);
    /// The 0-based index of column letters ("A" → 0, "aa" → 26), or -1 when `letters` is not a column
    /// name or lies beyond Excel's last column (XFD, index 16383).
    static int columnIndex(QStringView letters);

    bool operator==(const SheetGrid&) const = default;
};

} // namespace chibo
