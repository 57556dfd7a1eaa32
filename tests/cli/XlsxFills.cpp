// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFills.h"

#include "sheets/SheetsTestKit.h"

#include <QList>
#include <QXmlStreamReader>

namespace chibo::test {

namespace {

/// The solid colour of each <fill> of <fills>, in order ("" for a fill without one), and the fillId of
/// each <xf> of <cellXfs>, in order.
void readStyles(const QByteArray& styles, QList<QString>& fills, QList<int>& fillOfStyle)
{
    QXmlStreamReader xml(styles);
    QString section;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        const bool isSection = name == u"fills" || name == u"cellXfs" || name == u"cellStyleXfs";
        if (token == QXmlStreamReader::EndElement && isSection)
            section.clear();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (isSection)
            section = name.toString();
        else if (section == u"fills" && name == u"fill")
            fills.append(QString());
        else if (section == u"fills" && name == u"fgColor" && !fills.isEmpty() &&
                 xml.attributes().hasAttribute(QLatin1StringView("rgb")))
            fills.last() =
                u'#' + xml.attributes().value(QLatin1StringView("rgb")).toString().right(6).toUpper();
        else if (section == u"cellXfs" && name == u"xf")
            fillOfStyle.append(xml.attributes().value(QLatin1StringView("fillId")).toInt());
    }
}

} // namespace

QHash<QString, QString> cellFills(const QString& path, int sheetNumber)
{
    QList<QString> fills;
    QList<int> fillOfStyle;
    readStyles(zipEntry(path, QStringLiteral("xl/styles.xml")), fills, fillOfStyle);
    QHash<QString, QString> byCell;
    QXmlStreamReader sheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetNumber)));
    while (!sheet.atEnd()) {
        if (sheet.readNext() != QXmlStreamReader::StartElement || sheet.name() != u"c")
            continue;
        const int style = sheet.attributes().value(QLatin1StringView("s")).toInt();
        const int fill = fillOfStyle.value(style, -1);
        const QString colour = fill >= 0 ? fills.value(fill) : QString();
        if (!colour.isEmpty())
            byCell.insert(sheet.attributes().value(QLatin1StringView("r")).toString(), colour);
    }
    return byCell;
}

} // namespace chibo::test
