// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxStyles.h"

#include "sheets/XlsxPackage.h"

#include <QXmlStreamReader>

namespace chibo {

namespace {

constexpr int firstBuiltInDate = 14;
constexpr int lastBuiltInDate = 22;

bool isBuiltInPercent(int formatId)
{
    return formatId == 9 || formatId == 10;
}

/// "[h]", "[mm]", "[ss]": elapsed time, as opposed to "[Red]" or "[$-42A]".
bool isElapsedTime(QStringView bracketed)
{
    if (bracketed.isEmpty())
        return false;
    for (const QChar character : bracketed) {
        if (!QStringView(u"hmsHMS").contains(character))
            return false;
    }
    return true;
}

} // namespace

Result<XlsxStyles> XlsxStyles::read(const XlsxPackage& package, const QString& part)
{
    XlsxStyles styles;
    if (part.isEmpty() || !package.hasPart(part))
        return styles;
    const auto bytes = package.read(part);
    if (!bytes)
        return bytes.error();
    QHash<int, QString> codes; // custom formats by id
    QList<int> formatIds;      // of each cell style
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmts")
            readFormats(xml, codes);
        else if (xml.name() == u"cellXfs")
            readCellFormats(xml, formatIds);
    }
    if (xml.hasError())
        return package.xmlProblem(part, xml);
    for (const int formatId : formatIds)
        styles.m_kinds.append(classify(formatId, codes.value(formatId)));
    return styles;
}

void XlsxStyles::readFormats(QXmlStreamReader& xml, QHash<int, QString>& codes)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numFmt") {
            const QXmlStreamAttributes attributes = xml.attributes();
            codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                         attributes.value(QLatin1String("formatCode")).toString());
        }
        xml.skipCurrentElement();
    }
}

void XlsxStyles::readCellFormats(QXmlStreamReader& xml, QList<int>& formatIds)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"xf")
            formatIds.append(xml.attributes().value(QLatin1String("numFmtId")).toInt()); // absent: 0, General
        xml.skipCurrentElement();
    }
}

XlsxStyles::NumberKind XlsxStyles::kindOf(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_kinds.size() ? m_kinds[styleIndex] : NumberKind::General;
}

XlsxStyles::NumberKind XlsxStyles::classify(int formatId, QStringView customCode)
{
    if (customCode.isEmpty()) {
        if (isBuiltInPercent(formatId))
            return NumberKind::Percent;
        return formatId >= firstBuiltInDate && formatId <= lastBuiltInDate ? NumberKind::Date
                                                                           : NumberKind::General;
    }
    const QString code = significantCode(customCode).toLower();
    if (code.contains(u'%'))
        return NumberKind::Percent;
    const bool hasMonthOrMinute = code.contains(u'm');
    const bool hasTime = code.contains(u'h') || code.contains(u's');
    if (code.contains(u'd') || code.contains(u'y') || (hasMonthOrMinute && !hasTime))
        return NumberKind::Date;
    return NumberKind::General;
}

QString XlsxStyles::significantCode(QStringView code)
{
    QString kept;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar character = code[i];
        if (character == u';')
            break;
        if (character == u'"') {
            const qsizetype closing = code.indexOf(u'"', i + 1);
            i = closing < 0 ? code.size() : closing;
        } else if (character == u'[') {
            const qsizetype closing = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, closing < 0 ? -1 : closing - i - 1);
            if (isElapsedTime(inside))
                kept += u'h'; // [h], [mm], [ss]: a duration, not a date
            i = closing < 0 ? code.size() : closing;
        } else if (character == u'\\' || character == u'_' || character == u'*') {
            ++i; // the next character is literal or spacing
        } else {
            kept += character;
        }
    }
    return kept;
}

} // namespace chibo
