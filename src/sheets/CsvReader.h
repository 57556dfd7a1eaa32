// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetGrid.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace chibo {

/// Reads a CSV file into a SheetGrid: UTF-8 with or without a byte order mark; the separator is the
/// one of `,` `;` or tab that occurs most (outside quotes) in the first non-empty line (a comma when
/// none does); fields as RFC 4180 quotes them (separators, line breaks and doubled quotes inside
/// quotes). Line ends may be CRLF, LF or CR; a line break inside a field reads as LF. Every non-empty
/// field is Text, an empty one Empty; rows and cells are trimmed as SheetGrid says.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 maxFileSize = 200LL * 1024 * 1024;

    /// Error "sheet_read" naming the file when it cannot be read, is larger than maxFileSize, is not
    /// UTF-8 (with the line, location "file:line") or has a quote that is never closed.
    static Result<SheetGrid> read(const QString& path);
    /// Reads `bytes` as the contents of a file called `sourceName`.
    static Result<SheetGrid> parse(const QByteArray& bytes, const QString& sourceName);
    /// The separator as described above.
    static QChar detectSeparator(QStringView text);

private:
    /// The text of `bytes` (a byte order mark dropped); the error of parse() when they are not UTF-8.
    static Result<QString> decode(QByteArrayView bytes, const QString& sourceName);
    /// The grid of the decoded text of a file called `sourceName`.
    static Result<SheetGrid> gridOf(QStringView text, const QString& sourceName);
    /// The Error naming the first line of `bytes` (known to hold some) that is not valid UTF-8.
    static Error invalidUtf8(const QByteArray& bytes, const QString& sourceName);
    static Result<QList<QList<SheetValue>>> records(QStringView text, QChar separator,
                                                    const QString& sourceName);
};

} // namespace chibo
