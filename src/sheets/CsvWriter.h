// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sheets/SheetTable.h"

#include <QByteArray>
#include <QString>

namespace chibo {

/// Writes a table as CSV that Excel opens with Vietnamese intact: UTF-8 with a byte order mark,
/// comma-separated, CRLF line ends, fields quoted as RFC 4180 says (when they hold a comma, a quote, a
/// CR or an LF; quotes doubled). The caption, if any, is a line of its own before the header. Integers
/// are plain digits, shares a percentage with one decimal and a point ("93.4%", "100.0%"), dates
/// dd/MM/yyyy. Rows are padded with empty fields to the widest row or header. Fill is not written.
class CsvWriter {
public:
    /// Replaces `path` only when the whole file was written (AtomicFile); Error "sheet_write" naming
    /// the path otherwise.
    static Status write(const QString& path, const SheetTable& table);
    /// The file's bytes.
    static QByteArray encode(const SheetTable& table);
    /// The text of one value in a CSV field, before quoting.
    static QString fieldText(const SheetValue& value);
    /// `text` quoted when RFC 4180 requires it.
    static QString quoted(const QString& text);
};

} // namespace chibo
