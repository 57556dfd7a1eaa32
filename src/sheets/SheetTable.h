// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rational.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// One cell of a spreadsheet table. Written: the kind decides the cell type and format (a share is an
/// exact fraction written as a number with a percent format; a date a real date shown dd/mm/yyyy).
/// Read: text, whole numbers, fractions and dates as the file holds them (a CSV gives text only).
struct SheetValue {
    enum class Kind { Empty, Text, Integer, Share, Date };
    Kind kind = Kind::Empty;
    QString text;
    qint64 integer = 0;
    Rational share; ///< 1 = 100 %
    QDate date;
    QString fill; ///< "#RRGGBB" background when written; "" none. Not read back.

    static SheetValue ofText(const QString& text) { return {Kind::Text, text, 0, {}, {}, {}}; }
    static SheetValue ofInteger(qint64 value) { return {Kind::Integer, {}, value, {}, {}, {}}; }
    static SheetValue ofShare(const Rational& value) { return {Kind::Share, {}, 0, value, {}, {}}; }
    static SheetValue ofDate(QDate value) { return {Kind::Date, {}, 0, {}, value, {}}; }
    SheetValue withFill(const QString& colour) const
    {
        SheetValue filled = *this;
        filled.fill = colour;
        return filled;
    }
    bool isEmpty() const { return kind == Kind::Empty || (kind == Kind::Text && text.isEmpty()); }
    bool operator==(const SheetValue&) const = default;
};

/// A table as a spreadsheet holds it: a title (the sheet's name), one header row and rows of cells.
/// Rows may be shorter than the header (missing cells are empty).
struct SheetTable {
    QString title;
    QStringList header;
    QList<QList<SheetValue>> rows;
    /// Written only: a line above the header ("Đảng bộ xã Ea Sin — năm 2025"); "" none.
    QString caption;

    bool operator==(const SheetTable&) const = default;
};

} // namespace chibo
