// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"
#include "sheets/XlsxStyles.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chibo {

/// Turns a worksheet cell as the XML holds it into a SheetValue.
///  - t="s": the shared string; t="str" (a formula's text), t="inlineStr": the text.
///  - t="n" or no t: by the cell style's number format — a date format gives a Date (the day of the
///    serial; serial 60 of the 1900 system, Excel's 29/02/1900, and serials that are no day give the
///    Text Excel shows or the number), a percent format a Share (the exact decimal, to 15 significant
///    digits), otherwise a whole number gives an Integer and any other number the Text of its decimal.
///  - t="b": Text "TRUE"/"FALSE"; t="e": the error's Text ("#N/A"); t="d": an ISO 8601 Date.
/// Empty text gives Empty.
class XlsxCellValue {
    Q_DECLARE_TR_FUNCTIONS(XlsxCellValue)

public:
    struct Context {
        const QStringList& sharedStrings;
        const XlsxStyles& styles;
        bool date1904;
    };

    /// `value` is the text of the cell's <v>, or of its <is> for an inline string. Error with only
    /// a message (the caller knows where) for a shared string the workbook does not have or a
    /// numeric value that is no number.
    static Result<SheetValue> convert(const QString& type, int style, const QString& value,
                                      const Context& context);

private:
    static Result<SheetValue> number(const QString& text, XlsxStyles::NumberKind kind, bool date1904);
    static SheetValue sharedString(const QString& index, const QStringList& strings, bool* ok);
};

} // namespace chibo
