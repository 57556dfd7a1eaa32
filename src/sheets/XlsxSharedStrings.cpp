// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxSharedStrings.h"

#include "sheets/XlsxPackage.h"

#include <QXmlStreamReader>

#include <optional>

namespace chibo {

namespace {

constexpr qsizetype escapeLength = 7; // "_xHHHH_"

/// The character escaped as "_xHHHH_" at `at`, if there is such an escape.
std::optional<QChar> escapeAt(QStringView text, qsizetype at)
{
    if (at + escapeLength > text.size() || text[at] != u'_' || text[at + 1] != u'x' ||
        text[at + escapeLength - 1] != u'_')
        return std::nullopt;
    bool ok = false;
    const ushort code = text.mid(at + 2, 4).toUShort(&ok, 16);
    return ok ? std::optional(QChar(code)) : std::nullopt;
}

} // namespace

Result<QStringList> XlsxSharedStrings::read(const XlsxPackage& package, const QString& part)
{
    if (part.isEmpty() || !package.hasPart(part))
        return QStringList();
    const auto bytes = package.read(part);
    if (!bytes)
        return bytes.error();
    QStringList strings;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readItem(xml));
    }
    if (xml.hasError())
        return package.xmlProblem(part, xml);
    return strings;
}

QString XlsxSharedStrings::readItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText(); // consumes </t>
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement(); // a phonetic guide is not part of the text
            else
                ++depth;
        }
    }
    return unescape(text);
}

QString XlsxSharedStrings::unescape(QStringView text)
{
    if (!text.contains(u"_x"))
        return text.toString();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (const auto escaped = escapeAt(text, i)) {
            result += *escaped;
            i += escapeLength;
        } else {
            result += text[i++];
        }
    }
    return result;
}

} // namespace chibo
