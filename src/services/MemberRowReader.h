// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberImport.h"
#include "sheets/SheetTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chibo {

/// Reads one row of a sheet into a member by a column mapping (MemberImport's rules for values), and
/// checks what one row can show: unreadable values, no name or sex, dates after the import day or out of
/// order. Problems name the row, the column and its header.
class MemberRowReader {
    Q_DECLARE_TR_FUNCTIONS(MemberRowReader)

public:
    /// `headers` and `mapping` have one entry per column; `day` is the import's day (no date may follow it).
    MemberRowReader(QStringList headers, QList<std::optional<MemberField>> mapping, QDate day);

    MemberImportRow read(int rowNumber, const QList<SheetValue>& cells) const;
    /// The column `field` is read from; -1 when none (the first when several).
    int columnOf(MemberField field) const;
    /// "row 7, column D (Ngày sinh)": where a problem is, by the file's row number and 0-based column.
    QString place(int rowNumber, int column) const;

    /// Whether every cell of a row is empty.
    static bool isBlank(const QList<SheetValue>& cells);
    /// A cell as a person reads it: text as is, numbers, dates as dd/MM/yyyy.
    static QString display(const SheetValue& value);
    /// The date a cell holds: a date cell, or text as dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd, d.M.yyyy or
    /// d-M-yyyy; nullopt for anything else (an empty cell too).
    static std::optional<QDate> dateOf(const SheetValue& value);

private:
    void readField(MemberField field, const SheetValue& value, Member& member, QString& problem) const;
    /// Nam/Nữ/Male/Female (and the current language's names), compared folded.
    std::optional<Sex> sexOf(const QString& text) const;
    /// Có/Không/Yes/No/x/1/0… (and the current language's), compared folded; empty is no.
    std::optional<bool> yesNoOf(const QString& text) const;
    void checkRequired(MemberImportRow& row, const QList<SheetValue>& cells) const;
    void checkDates(MemberImportRow& row) const;
    void problemAt(MemberImportRow& row, MemberField field, const QString& message) const;

    QStringList m_headers;
    QList<std::optional<MemberField>> m_mapping;
    QDate m_day;
    // The words sexOf() and yesNoOf() accept, folded once rather than for every cell.
    QStringList m_male;
    QStringList m_female;
    QStringList m_yes;
    QStringList m_no;
};

} // namespace chibo
