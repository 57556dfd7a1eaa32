// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxReader.h"

#include "sheets/XlsxCellValue.h"
#include "sheets/XlsxPackage.h"
#include "sheets/XlsxSharedStrings.h"
#include "sheets/XlsxSheetReader.h"
#include "sheets/XlsxStyles.h"
#include "sheets/XlsxWorkbook.h"

namespace chibo {

namespace {

/// What every sheet of one workbook is read with: the package, its sheets, strings and styles.
struct OpenWorkbook {
    XlsxPackage package;
    XlsxWorkbook workbook;
    QStringList strings;
    XlsxStyles styles;

    Result<SheetGrid> sheet(const XlsxWorkbook::Sheet& sheet) const
    {
        const XlsxCellValue::Context context{strings, styles, workbook.date1904};
        auto rows = XlsxSheetReader(package, sheet.part, context).read();
        if (!rows)
            return rows.error();
        return SheetGrid{package.fileName(), sheet.name, std::move(rows).value()};
    }
};

Result<OpenWorkbook> openWorkbook(Result<XlsxPackage> package)
{
    if (!package)
        return package.error();
    auto workbook = XlsxWorkbook::read(*package);
    if (!workbook)
        return workbook.error();
    auto strings = XlsxSharedStrings::read(*package, workbook->sharedStringsPart);
    if (!strings)
        return strings.error();
    auto styles = XlsxStyles::read(*package, workbook->stylesPart);
    if (!styles)
        return styles.error();
    return OpenWorkbook{std::move(package).value(), std::move(workbook).value(), std::move(strings).value(),
                        std::move(styles).value()};
}

/// Every worksheet of `opened` in tab order (XlsxReader::readAll()'s rules).
Result<QList<SheetGrid>> allSheets(const Result<OpenWorkbook>& opened)
{
    if (!opened)
        return opened.error();
    QList<SheetGrid> grids;
    for (const XlsxWorkbook::Sheet& sheet : opened->workbook.sheets) {
        if (!sheet.isWorksheet)
            continue;
        auto grid = opened->sheet(sheet);
        if (!grid)
            return grid.error();
        grids.append(std::move(grid).value());
    }
    if (grids.isEmpty())
        return opened->package.problem(
            XlsxWorkbook::workbookPart,
            XlsxReader::tr("“%1” has no sheet of cells.").arg(opened->package.fileName()));
    return grids;
}

} // namespace

Result<SheetGrid> XlsxReader::read(const QString& path, int sheetIndex)
{
    const auto opened = openWorkbook(XlsxPackage::open(path));
    if (!opened)
        return opened.error();
    const QList<XlsxWorkbook::Sheet>& sheets = opened->workbook.sheets;
    if (sheetIndex < 0 || sheetIndex >= sheets.size()) {
        return opened->package.problem(
            XlsxWorkbook::workbookPart,
            tr("“%1” has %n sheet(s); there is no sheet number %2.", nullptr, int(sheets.size()))
                .arg(opened->package.fileName())
                .arg(sheetIndex + 1));
    }
    const XlsxWorkbook::Sheet& sheet = sheets[sheetIndex];
    if (!sheet.isWorksheet) {
        return opened->package.problem(sheet.part, tr("“%1”: the sheet “%2” is a chart or another kind of "
                                                      "sheet, not a table of cells.")
                                                       .arg(opened->package.fileName(), sheet.name));
    }
    return opened->sheet(sheet);
}

Result<QList<SheetGrid>> XlsxReader::readAll(const QString& path)
{
    return allSheets(openWorkbook(XlsxPackage::open(path)));
}

Result<QList<SheetGrid>> XlsxReader::readAllBytes(const QByteArray& bytes, const QString& fileName)
{
    return allSheets(openWorkbook(XlsxPackage::openBytes(bytes, fileName)));
}

} // namespace chibo
