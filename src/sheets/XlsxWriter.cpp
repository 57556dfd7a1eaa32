// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxWriter.h"

#include "sheets/AtomicFile.h"
#include "sheets/SheetNames.h"
#include "sheets/XlsxFormats.h"
#include "sheets/XlsxSheetWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace chibo {

Status XlsxWriter::write(const QString& path, const QList<SheetTable>& sheets)
{
    // libxlsxwriter writes to a file name of its own; the finished workbook is then saved at `path`
    // in one step, so a failure half way never leaves a damaged file there.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return AtomicFile::writeError(path, tr("no temporary folder: %1").arg(scratch.errorString()));
    const QString scratchPath = scratch.filePath(QStringLiteral("workbook.xlsx"));
    if (Status status = writeWorkbook(scratchPath, path, sheets); !status)
        return status;
    QFile written(scratchPath);
    if (!written.open(QIODevice::ReadOnly))
        return AtomicFile::writeError(path, written.errorString());
    return AtomicFile::write(path, written.readAll());
}

Status XlsxWriter::writeWorkbook(const QString& scratchPath, const QString& path,
                                 const QList<SheetTable>& sheets)
{
    lxw_workbook* workbook = workbook_new(QFile::encodeName(scratchPath).constData());
    if (!workbook)
        return AtomicFile::writeError(path, tr("the spreadsheet library could not start a workbook."));
    XlsxFormats formats(workbook);
    QStringList titles;
    for (const SheetTable& table : sheets)
        titles.append(table.title);
    const QStringList names = SheetNames::validNames(titles);
    Status status;
    for (int i = 0; i < sheets.size() && status; ++i) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, names[i].toUtf8().constData());
        status = sheet ? XlsxSheetWriter(sheet, formats, path, names[i]).write(sheets[i])
                       : AtomicFile::writeError(path, tr("the sheet name “%1” was refused.").arg(names[i]));
    }
    // workbook_close also frees the workbook, so it runs even after a failure (its file is discarded).
    const lxw_error closed = workbook_close(workbook);
    if (!status)
        return status;
    if (closed != LXW_NO_ERROR)
        return AtomicFile::writeError(path, QString::fromUtf8(lxw_strerror(closed)));
    return {};
}

} // namespace chibo
