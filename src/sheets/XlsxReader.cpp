// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxReader.h"

#include "sheets/XlsxCellValue.h"
#include "sheets/XlsxPackage.h"
#include "sheets/XlsxSharedStrings.h"
#include "sheets/XlsxSheetReader.h"
#include "sheets/XlsxStyles.h"
#include "sheets/XlsxWorkbook.h"

namespace chibo {

Result<SheetGrid> XlsxReader::read(const QString& path, int sheetIndex)
{
    const auto package = XlsxPackage::open(path);
    if (!package)
        return package.error();
    const auto workbook = XlsxWorkbook::read(*package);
    if (!workbook)
        return workbook.error();
    if (sheetIndex < 0 || sheetIndex >= workbook->sheets.size()) {
        return package->problem(
            XlsxWorkbook::workbookPart,
            tr("“%1” has %n sheet(s); there is no sheet number %2.", nullptr, int(workbook->sheets.size()))
                .arg(package->fileName())
                .arg(sheetIndex + 1));
    }
    const XlsxWorkbook::Sheet& sheet = workbook->sheets[sheetIndex];
    if (!sheet.isWorksheet) {
        return package->problem(sheet.part, tr("“%1”: the sheet “%2” is a chart or another kind of sheet, "
                                               "not a table of cells.")
                                                .arg(package->fileName(), sheet.name));
    }
    const auto strings = XlsxSharedStrings::read(*package, workbook->sharedStringsPart);
    if (!strings)
        return strings.error();
    const auto styles = XlsxStyles::read(*package, workbook->stylesPart);
    if (!styles)
        return styles.error();
    const XlsxCellValue::Context context{*strings, *styles, workbook->date1904};
    auto rows = XlsxSheetReader(*package, sheet.part, context).read();
    if (!rows)
        return rows.error();
    return SheetGrid{package->fileName(), sheet.name, std::move(rows).value()};
}

} // namespace chibo
