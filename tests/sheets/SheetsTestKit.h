// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace chibo::test {

using ZipEntries = QList<QPair<QString, QByteArray>>;

/// Writes a ZIP package holding `entries` (name, bytes) at `path`, with libzip.
void writeZip(const QString& path, const ZipEntries& entries);
/// The bytes of entry `name` in the ZIP at `path`; empty when it is missing.
QByteArray zipEntry(const QString& path, const QString& name);

/// A hand-written workbook with one worksheet "Đảng viên" whose <sheetData> content is `sheetData`.
/// `sharedStrings` are the <si> items (none: no shared strings part); `numberFormats` and `cellXfs` the
/// content of <numFmts> and <cellXfs> in xl/styles.xml (both empty: no styles part).
ZipEntries handWrittenWorkbook(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                               const QByteArray& numberFormats = {}, const QByteArray& cellXfs = {});

/// `text` as written in the source (UTF-8) as a QString.
inline QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace chibo::test
