// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxFormats.h"

#include <xlsxwriter.h>

namespace chibo {

XlsxFormats::XlsxFormats(lxw_workbook* workbook)
    : m_workbook(workbook)
{}

lxw_format* XlsxFormats::caption()
{
    return make(QStringLiteral("caption"), true, nullptr, std::nullopt);
}

lxw_format* XlsxFormats::header()
{
    return make(QStringLiteral("header"), true, nullptr, headerFill);
}

lxw_format* XlsxFormats::cell(SheetValue::Kind kind, const QString& fill)
{
    const std::optional<quint32> colour = parseColour(fill);
    const char* numberFormat = kind == SheetValue::Kind::Share  ? shareFormat
                               : kind == SheetValue::Kind::Date ? dateFormat
                                                                : nullptr;
    if (!numberFormat && !colour)
        return nullptr;
    const QString key = QStringLiteral("cell %1 %2")
                            .arg(QLatin1String(numberFormat ? numberFormat : "general"))
                            .arg(colour ? qint64(*colour) : -1);
    return make(key, false, numberFormat, colour);
}

std::optional<quint32> XlsxFormats::parseColour(const QString& fill)
{
    static const QString hexDigits = QStringLiteral("0123456789abcdefABCDEF");
    if (fill.size() != 7 || !fill.startsWith(u'#'))
        return std::nullopt;
    for (qsizetype i = 1; i < fill.size(); ++i) {
        if (!hexDigits.contains(fill[i]))
            return std::nullopt;
    }
    const quint32 rgb = fill.mid(1).toUInt(nullptr, 16);
    return rgb == 0 ? quint32(LXW_COLOR_BLACK) : rgb; // 0 means "no colour" to libxlsxwriter
}

lxw_format* XlsxFormats::make(const QString& key, bool bold, const char* numberFormat,
                              std::optional<quint32> fill)
{
    if (lxw_format* existing = m_formats.value(key))
        return existing;
    lxw_format* format = workbook_add_format(m_workbook);
    if (bold)
        format_set_bold(format);
    if (numberFormat)
        format_set_num_format(format, numberFormat);
    if (fill) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, *fill);
    }
    m_formats.insert(key, format);
    return format;
}

} // namespace chibo
