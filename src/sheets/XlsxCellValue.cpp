// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxCellValue.h"

#include "sheets/ExcelDate.h"
#include "sheets/ExcelNumber.h"
#include "sheets/XlsxSharedStrings.h"

namespace chibo {

namespace {

SheetValue textValue(const QString& text)
{
    return text.isEmpty() ? SheetValue{} : SheetValue::ofText(text);
}

Error cellError(const QString& message)
{
    return Error{QStringLiteral("sheet_read"), message, QString()};
}

} // namespace

Result<SheetValue> XlsxCellValue::convert(const QString& type, int style, const QString& value,
                                          const Context& context)
{
    if (type == u"s") {
        bool ok = false;
        const SheetValue text = sharedString(value, context.sharedStrings, &ok);
        if (!ok)
            return cellError(
                tr("the cell refers to shared string “%1”, which the workbook does not have").arg(value));
        return text;
    }
    if (type == u"str" || type == u"inlineStr")
        return textValue(type == u"str" ? XlsxSharedStrings::unescape(value) : value);
    if (type == u"b")
        return textValue(value.isEmpty() ? QString()
                         : value == u"1" ? QStringLiteral("TRUE")
                                         : QStringLiteral("FALSE"));
    if (type == u"e")
        return textValue(value);
    if (type == u"d") {
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? SheetValue::ofDate(date) : textValue(value);
    }
    if (value.isEmpty())
        return SheetValue{};
    return number(value, context.styles.kindOf(style), context.date1904);
}

SheetValue XlsxCellValue::sharedString(const QString& index, const QStringList& strings, bool* ok)
{
    const int position = index.trimmed().toInt(ok);
    *ok = *ok && position >= 0 && position < strings.size();
    return *ok ? textValue(strings[position]) : SheetValue{};
}

Result<SheetValue> XlsxCellValue::number(const QString& text, XlsxStyles::NumberKind kind, bool date1904)
{
    const auto number = ExcelNumber::parse(text);
    if (!number)
        return cellError(tr("the cell should hold a number but holds “%1”").arg(text));
    const auto exact = number->toRational();
    if (kind == XlsxStyles::NumberKind::Date && exact) {
        const qint64 serial = exact->floor(); // a time of day does not change the day
        if (const auto date = ExcelDate::dateOf(serial, date1904))
            return SheetValue::ofDate(*date);
        if (!date1904 && serial == ExcelDate::phantomLeapDay)
            return SheetValue::ofText(QStringLiteral("29/02/1900")); // as Excel shows it; no such day
    }
    if (kind == XlsxStyles::NumberKind::Percent && exact)
        return SheetValue::ofShare(*exact);
    if (const auto whole = number->toInteger())
        return SheetValue::ofInteger(*whole);
    return SheetValue::ofText(number->toText());
}

} // namespace chibo
