// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QXmlStreamReader;
struct zip;

namespace chibo {

/// An .xlsx file opened as the ZIP package it is (through libzip), giving its parts ("xl/workbook.xml")
/// by name, ignoring case as OOXML does. Also makes the Errors of the XLSX reader: code "sheet_read",
/// a message naming the file and the part, location "<file>:<part>:<line>:<column>" (as much as known).
class XlsxPackage {
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    /// A part that would unpack to more than this is refused (a "zip bomb" guard).
    static constexpr qint64 maxPartSize = 200LL * 1024 * 1024;

    /// Error when the file cannot be opened or is not a ZIP package.
    static Result<XlsxPackage> open(const QString& path);
    /// The package whose bytes are `bytes`, shown as `fileName`; the same Errors as open(). The package
    /// keeps its own reference to the bytes (QByteArray is shared, not copied).
    static Result<XlsxPackage> openBytes(const QByteArray& bytes, const QString& fileName);

    /// The file name as shown to people ("members.xlsx").
    const QString& fileName() const { return m_fileName; }
    bool hasPart(const QString& part) const;
    /// The part's bytes; Error when it is missing, larger than maxPartSize or damaged.
    Result<QByteArray> read(const QString& part) const;

    /// An Error about `part` (or the whole file when `part` is ""), at `line`:`column` when known.
    Error problem(const QString& part, const QString& message, qint64 line = 0, qint64 column = 0) const;
    /// The Error for a reader that stopped on `part`: malformed XML, or the message it was given with
    /// QXmlStreamReader::raiseError, at the reader's line and column.
    Error xmlProblem(const QString& part, const QXmlStreamReader& xml) const;

private:
    struct ZipCloser {
        void operator()(zip* archive) const;
    };

    XlsxPackage(const QString& fileName, zip* archive);
    /// The Error for a package libzip refused with `code`; `startsAsZip`: the bytes begin with a ZIP header
    /// (a damaged or cut-off workbook rather than another kind of file).
    static Error openProblem(const QString& fileName, int code, bool startsAsZip);

    QString m_fileName;
    QByteArray m_bytes; ///< what an openBytes() package reads; libzip's buffer source does not copy it
    std::unique_ptr<zip, ZipCloser> m_zip;
};

} // namespace chibo
