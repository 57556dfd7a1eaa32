// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

class QXmlStreamReader;

namespace chibo {

class XlsxPackage;

/// The shared strings part (xl/sharedStrings.xml): the texts that cells of type "s" refer to by index.
class XlsxSharedStrings {
public:
    /// The strings in order; an empty list when `part` is "" or missing (a workbook without text).
    /// Error when the part is malformed.
    static Result<QStringList> read(const XlsxPackage& package, const QString& part);

    /// The text of the string item the reader is on (an <si> or a cell's <is>): its <t>, or its rich
    /// text runs' <t> concatenated, without phonetic guides (<rPh>). Leaves the reader on the item's
    /// end element (or in error).
    static QString readItem(QXmlStreamReader& xml);
    /// Decodes OOXML's escapes for characters XML cannot hold: "_x000D_" is a carriage return and
    /// "_x005F_" a literal "_".
    static QString unescape(QStringView text);
};

} // namespace chibo
