// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxPackage.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <zip.h>

namespace chibo {

namespace {

constexpr qint64 megabyte = 1024 * 1024;

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

/// The entry name of a part: OOXML part names may start with "/", ZIP entry names do not.
QByteArray entryName(const QString& part)
{
    return (part.startsWith(u'/') ? part.mid(1) : part).toUtf8();
}

/// Whether the file starts with a ZIP local file header ("PK\3\4"), as every workbook does, so that a
/// file libzip cannot open is a damaged or cut-off package rather than another kind of file.
bool startsLikeZip(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

void XlsxPackage::ZipCloser::operator()(zip* archive) const
{
    zip_discard(archive); // read only: nothing to write back
}

XlsxPackage::XlsxPackage(const QString& fileName, zip* archive)
    : m_fileName(fileName)
    , m_zip(archive)
{}

Result<XlsxPackage> XlsxPackage::open(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    int code = ZIP_ER_OK;
    zip* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (archive)
        return XlsxPackage(fileName, archive);
    return openProblem(fileName, code, startsLikeZip(path));
}

Result<XlsxPackage> XlsxPackage::openBytes(const QByteArray& bytes, const QString& fileName)
{
    zip_error_t error;
    zip_error_init(&error);
    // The archive reads the buffer for as long as it lives: the package holds the same (shared) bytes.
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return openProblem(fileName, code, bytes.startsWith(QByteArrayLiteral("PK\x03\x04")));
    }
    XlsxPackage package(fileName, archive);
    package.m_bytes = bytes;
    return package;
}

Error XlsxPackage::openProblem(const QString& fileName, int code, bool startsAsZip)
{
    const XlsxPackage none(fileName, nullptr);
    if ((code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) && startsAsZip) {
        return none.problem(QString(), tr("“%1” is damaged or incomplete: it starts as a ZIP package (as a "
                                          "workbook does) but its table of contents cannot be read. Was "
                                          "it copied or downloaded completely? Save it again from Excel.")
                                           .arg(fileName));
    }
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) {
        return none.problem(QString(), tr("“%1” is not an Excel workbook (.xlsx): it is not a ZIP package. "
                                          "If it is an old .xls file, save it as .xlsx in Excel first.")
                                           .arg(fileName));
    }
    return none.problem(QString(), tr("Cannot open “%1”: %2.").arg(fileName, zipErrorText(code)));
}

bool XlsxPackage::hasPart(const QString& part) const
{
    return zip_name_locate(m_zip.get(), entryName(part).constData(), ZIP_FL_NOCASE) >= 0;
}

Result<QByteArray> XlsxPackage::read(const QString& part) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip.get(), entryName(part).constData(), ZIP_FL_NOCASE, &stat) != 0) {
        return problem(
            part, tr("“%1” is not a complete Excel workbook: the part %2 is missing.").arg(m_fileName, part));
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(maxPartSize)) {
        return problem(part, tr("“%1”: the part %2 would unpack to more than %3 MB, so it is not read.")
                                 .arg(m_fileName, part)
                                 .arg(maxPartSize / megabyte));
    }
    const auto damaged = [&](const QString& reason) {
        return problem(
            part, tr("“%1” is damaged: the part %2 cannot be unpacked (%3).").arg(m_fileName, part, reason));
    };
    zip_file_t* file = zip_fopen_index(m_zip.get(), stat.index, 0);
    if (!file)
        return damaged(QString::fromUtf8(zip_strerror(m_zip.get())));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    qint64 total = 0;
    char probe = 0;
    zip_int64_t got = 0;
    while (total < bytes.size() &&
           (got = zip_fread(file, bytes.data() + total, zip_uint64_t(bytes.size() - total))) > 0)
        total += got;
    // One byte more than the directory says means the entry lies about its size.
    const zip_int64_t extra = got < 0 ? 0 : zip_fread(file, &probe, 1);
    const QString reason = QString::fromUtf8(zip_file_strerror(file));
    zip_fclose(file);
    if (got < 0 || extra != 0 || total != bytes.size())
        return damaged(got < 0 || extra < 0 ? reason : tr("its size is not the one recorded"));
    return bytes;
}

Error XlsxPackage::problem(const QString& part, const QString& message, qint64 line, qint64 column) const
{
    QString location = m_fileName;
    if (!part.isEmpty())
        location += u':' + part;
    if (line > 0)
        location += QStringLiteral(":%1:%2").arg(line).arg(column);
    return Error{QStringLiteral("sheet_read"), message, location};
}

Error XlsxPackage::xmlProblem(const QString& part, const QXmlStreamReader& xml) const
{
    const QString message =
        xml.error() == QXmlStreamReader::CustomError
            ? tr("“%1”, part %2, line %3, column %4: %5.")
                  .arg(m_fileName, part)
                  .arg(xml.lineNumber())
                  .arg(xml.columnNumber())
                  .arg(xml.errorString())
            : tr("“%1” is damaged: the part %2 is not well-formed XML at line %3, column %4 (%5).")
                  .arg(m_fileName, part)
                  .arg(xml.lineNumber())
                  .arg(xml.columnNumber())
                  .arg(xml.errorString());
    return problem(part, message, xml.lineNumber(), xml.columnNumber());
}

} // namespace chibo
