// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsTestKit.h"

#include "support/Catch.h"

#include <QFile>

#include <zip.h>

namespace chibo::test {

void writeZip(const QString& path, const ZipEntries& entries)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(archive != nullptr);
    for (const auto& [name, bytes] : entries) {
        // The source is read at zip_close, while `entries` still holds the bytes.
        zip_source_t* source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        REQUIRE(source != nullptr);
        REQUIRE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

QByteArray zipEntry(const QString& path, const QString& name)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    REQUIRE(archive != nullptr);
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_stat(archive, name.toUtf8().constData(), 0, &stat) == 0) {
        zip_file_t* file = zip_fopen_index(archive, stat.index, 0);
        REQUIRE(file != nullptr);
        bytes.resize(qsizetype(stat.size));
        REQUIRE(zip_fread(file, bytes.data(), stat.size) == zip_int64_t(stat.size));
        zip_fclose(file);
    }
    zip_discard(archive);
    return bytes;
}

ZipEntries handWrittenWorkbook(const QByteArray& sheetData, const QByteArray& sharedStrings,
                               const QByteArray& numberFormats, const QByteArray& cellXfs)
{
    const QByteArray main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    ZipEntries entries;
    entries.append(
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook " + main + " xmlns:r=\"" + rel +
             "\"><sheets><sheet name=\"Đảng viên\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    QByteArray relationships = "<?xml version=\"1.0\"?>\n<Relationships "
                               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                               "<Relationship Id=\"rId1\" Type=\"" +
                               rel +
                               "/worksheet\" "
                               "Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        relationships +=
            "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append(
            {QStringLiteral("xl/sharedStrings.xml"), "<sst " + main + ">" + sharedStrings + "</sst>"});
    }
    if (!numberFormats.isEmpty() || !cellXfs.isEmpty()) {
        relationships += "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"/xl/styles.xml\"/>";
        entries.append({QStringLiteral("xl/styles.xml"),
                        "<styleSheet " + main + "><numFmts>" + numberFormats +
                            "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
                            "<cellXfs>" +
                            cellXfs + "</cellXfs></styleSheet>"});
    }
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), relationships + "</Relationships>"});
    entries.append({QStringLiteral("xl/worksheets/sheet1.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet " + main + "><sheetData>" +
                        sheetData + "</sheetData></worksheet>"});
    return entries;
}

} // namespace chibo::test
