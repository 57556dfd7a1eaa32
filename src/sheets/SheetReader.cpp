// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/SheetReader.h"

#include "sheets/CsvReader.h"
#include "sheets/XlsxReader.h"

#include <QFileInfo>

namespace chibo {

Result<SheetGrid> SheetReader::read(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return CsvReader::read(path);
    if (suffix == u"xlsx")
        return XlsxReader::read(path);
    return unreadableType(path);
}

Result<QList<SheetGrid>> SheetReader::readAll(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return XlsxReader::readAll(path);
    if (suffix != u"csv")
        return unreadableType(path);
    auto grid = CsvReader::read(path);
    if (!grid)
        return grid.error();
    return QList<SheetGrid>{std::move(grid).value()};
}

Error SheetReader::unreadableType(const QString& path)
{
    const QFileInfo file(path);
    return Error{QStringLiteral("sheet_read"),
                 tr("“%1” cannot be read: ChiBo reads Excel workbooks (.xlsx) and CSV files (.csv). "
                    "Save the sheet in one of these types, for example with “Save As” in Excel.")
                     .arg(file.fileName()),
                 file.fileName()};
}

} // namespace chibo
