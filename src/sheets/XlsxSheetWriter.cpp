// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxSheetWriter.h"

#include "sheets/AtomicFile.h"
#include "sheets/ExcelDate.h"
#include "sheets/SheetGrid.h"
#include "sheets/XlsxFormats.h"

#include <algorithm>
#include <xlsxwriter.h>

namespace chibo {

namespace {

const QString dayFormat = QStringLiteral("dd/MM/yyyy");

/// The share as the double Excel stores; the exact fraction is converted only here, for the file.
double shareValue(const Rational& share)
{
    return double(share.numerator()) / double(share.denominator());
}

} // namespace

XlsxSheetWriter::XlsxSheetWriter(lxw_worksheet* sheet, XlsxFormats& formats, const QString& path,
                                 const QString& sheetName)
    : m_sheet(sheet)
    , m_formats(formats)
    , m_path(path)
    , m_sheetName(sheetName)
{}

Status XlsxSheetWriter::write(const SheetTable& table)
{
    const int headerRow = table.caption.isEmpty() ? 0 : 1;
    const int columns = columnCount(table);
    if (table.rows.size() + headerRow + 1 > excelRows || columns > excelColumns) {
        return AtomicFile::writeError(
            m_path, tr("the table “%1” has %2 rows and %3 columns; a worksheet holds at most %4 rows and "
                       "%5 columns.")
                        .arg(m_sheetName)
                        .arg(table.rows.size())
                        .arg(columns)
                        .arg(excelRows)
                        .arg(excelColumns));
    }
    if (headerRow == 1) {
        if (Status status = writeText(0, 0, table.caption, m_formats.caption()); !status)
            return status;
    }
    if (Status status = writeHeader(table, headerRow); !status)
        return status;
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            if (Status status = writeCell(headerRow + 1 + r, c, table.rows[r][c]); !status)
                return status;
        }
    }
    if (columns > 0) {
        const int lastRow = headerRow + int(table.rows.size());
        worksheet_freeze_panes(m_sheet, lxw_row_t(headerRow + 1), 0);
        if (Status status = checked(worksheet_autofilter(m_sheet, lxw_row_t(headerRow), 0, lxw_row_t(lastRow),
                                                         lxw_col_t(columns - 1)),
                                    headerRow, 0);
            !status)
            return status;
    }
    fitColumns(table);
    setUpPrinting(columns, headerRow);
    return {};
}

void XlsxSheetWriter::setUpPrinting(int columns, int headerRow)
{
    constexpr uint8_t a4Paper = 9;
    constexpr int widestPortrait = 6; // columns that fit across a portrait A4 page at a readable size
    worksheet_set_paper(m_sheet, a4Paper);
    if (columns > widestPortrait)
        worksheet_set_landscape(m_sheet);
    worksheet_fit_to_pages(m_sheet, 1, 0); // one page wide, as many pages tall as it takes
    worksheet_repeat_rows(m_sheet, lxw_row_t(headerRow), lxw_row_t(headerRow));
}

Status XlsxSheetWriter::writeHeader(const SheetTable& table, int row)
{
    for (int c = 0; c < table.header.size(); ++c) {
        if (Status status = writeText(row, c, table.header[c], m_formats.header()); !status)
            return status;
    }
    return {};
}

Status XlsxSheetWriter::writeCell(int row, int column, const SheetValue& value)
{
    lxw_format* format = m_formats.cell(value.kind, value.fill);
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    switch (value.kind) {
    case SheetValue::Kind::Empty: break;
    case SheetValue::Kind::Text: return writeText(row, column, value.text, format);
    case SheetValue::Kind::Integer:
        return checked(worksheet_write_number(m_sheet, r, c, double(value.integer), format), row, column);
    case SheetValue::Kind::Share:
        return checked(worksheet_write_number(m_sheet, r, c, shareValue(value.share), format), row, column);
    case SheetValue::Kind::Date:
        if (const auto serial = ExcelDate::serialOf(value.date))
            return checked(worksheet_write_number(m_sheet, r, c, double(*serial), format), row, column);
        // Before 1900 Excel has no dates: the day is written as the text a person would type.
        return writeText(row, column, value.date.toString(dayFormat),
                         m_formats.cell(SheetValue::Kind::Text, value.fill));
    }
    return format ? checked(worksheet_write_blank(m_sheet, r, c, format), row, column) : Status{};
}

Status XlsxSheetWriter::writeText(int row, int column, const QString& text, lxw_format* format)
{
    const auto r = lxw_row_t(row);
    const auto c = lxw_col_t(column);
    if (text.isEmpty())
        return format ? checked(worksheet_write_blank(m_sheet, r, c, format), row, column) : Status{};
    return checked(worksheet_write_string(m_sheet, r, c, text.toUtf8().constData(), format), row, column);
}

Status XlsxSheetWriter::checked(int errorCode, int row, int column) const
{
    if (errorCode == LXW_NO_ERROR)
        return {};
    return AtomicFile::writeError(m_path, tr("sheet “%1”, cell %2%3: %4")
                                              .arg(m_sheetName, SheetGrid::columnName(column))
                                              .arg(row + 1)
                                              .arg(QString::fromUtf8(lxw_strerror(lxw_error(errorCode)))));
}

int XlsxSheetWriter::columnCount(const SheetTable& table) const
{
    qsizetype columns = table.header.size();
    for (const auto& row : table.rows)
        columns = std::max(columns, row.size());
    return int(columns);
}

int XlsxSheetWriter::displayLength(const SheetValue& value)
{
    switch (value.kind) {
    case SheetValue::Kind::Empty: return 0;
    case SheetValue::Kind::Integer: return int(QString::number(value.integer).size());
    case SheetValue::Kind::Share: return int(value.share.toPercent(1).size()) + 2; // room for ".0%"
    case SheetValue::Kind::Date: return int(dayFormat.size());
    case SheetValue::Kind::Text: break;
    }
    int longest = 0;
    const QString text = value.text.normalized(QString::NormalizationForm_C);
    for (const QStringView line : QStringView(text).split(u'\n'))
        longest = std::max(longest, int(line.toUcs4().size()));
    return longest;
}

void XlsxSheetWriter::fitColumns(const SheetTable& table)
{
    QList<int> widths(columnCount(table), 0);
    for (int c = 0; c < table.header.size(); ++c)
        widths[c] = displayLength(SheetValue::ofText(table.header[c])) + 1; // bold is wider
    for (const auto& row : table.rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayLength(row[c]));
    }
    for (int c = 0; c < widths.size(); ++c) {
        if (widths[c] > 0) {
            const double width = std::min(widths[c] + 2, maxColumnWidth);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }
}

} // namespace chibo
