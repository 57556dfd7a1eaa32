// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace chibo {

class XlsxPackage;

/// The part of xl/styles.xml a reader needs: for each cell style (a cell's s="N", an index into
/// <cellXfs>), whether its number format shows a date, a percentage or a plain number.
class XlsxStyles {
public:
    enum class NumberKind { General, Date, Percent };

    /// All General when `part` is "" or missing; Error when the part is malformed.
    static Result<XlsxStyles> read(const XlsxPackage& package, const QString& part);

    /// The kind of cell style `styleIndex`; General for an index the workbook does not have.
    NumberKind kindOf(int styleIndex) const;

    /// Built-in formats 9 and 10 are percentages and 14–22 dates. A custom format code is a percentage
    /// when it has "%", else a date when it has d or y, or m without h or s (so "h:mm" stays a time).
    /// Quoted literal text, backslash-escaped characters, [colour]/[$-locale] brackets and the
    /// "_x" / "*x" spacing codes are ignored ([h], [mm], [ss] mark a duration), and only the first
    /// section (before ";") counts.
    static NumberKind classify(int formatId, QStringView customCode);

private:
    static void readFormats(QXmlStreamReader& xml, QHash<int, QString>& codes);
    static void readCellFormats(QXmlStreamReader& xml, QList<int>& formatIds);
    /// The first section of `code` without the parts listed in classify().
    static QString significantCode(QStringView code);

    QList<NumberKind> m_kinds;
};

} // namespace chibo
