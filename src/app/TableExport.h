// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;

namespace chibo {

/// A table of the window as a spreadsheet: File ▸ Export table writes what the person sees.
///
/// fromView() reads the view's model as shown — through its proxy (sorted and filtered), the columns in
/// the header's visual order, hidden columns and rows skipped, header texts from headerData(). Each cell's
/// kind comes from its displayed text in the current locale: a whole number ("12", "1.234" in
/// Vietnamese) is an Integer (not with a leading zero: a phone number stays text); a percentage ("93,4 %",
/// "93.4%") an exact Share parsed from its decimal digits with Rational; dd/MM/yyyy a Date; anything else
/// Text. A Qt::BackgroundRole colour becomes the cell's fill "#RRGGBB", so colour bands stay. A tree
/// exports its top level and every child in order (expanded or not), a child's first shown column
/// indented by two spaces per level.
class TableExport {
    Q_DECLARE_TR_FUNCTIONS(chibo::TableExport)

public:
    static SheetTable fromView(const QAbstractItemView& view, const QString& title, const QString& caption);
    /// The value a displayed text stands for (see the class comment); "" is Empty.
    static SheetValue valueOf(const QString& displayed);
    /// Writes `table` by the file's extension (any case): ".xlsx" a workbook of one sheet, ".csv" UTF-8
    /// text; another extension is refused.
    static Status write(const QString& path, const SheetTable& table);
    /// The file chooser's filter: XLSX first (the default), then CSV.
    static QString fileFilter();
    /// `name` as a file name: characters file systems refuse become "-".
    static QString fileNameFor(const QString& name);
};

} // namespace chibo
