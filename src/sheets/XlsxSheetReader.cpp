// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxSheetReader.h"

#include "sheets/SheetGrid.h"
#include "sheets/XlsxPackage.h"
#include "sheets/XlsxSharedStrings.h"

#include <QXmlStreamReader>

namespace chibo {

XlsxSheetReader::XlsxSheetReader(const XlsxPackage& package, const QString& part,
                                 const XlsxCellValue::Context& context)
    : m_package(package)
    , m_part(part)
    , m_context(context)
{}

Result<QList<QList<SheetValue>>> XlsxSheetReader::read()
{
    const auto bytes = m_package.read(m_part);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"row")
            readRow(xml);
    }
    if (xml.hasError())
        return m_package.xmlProblem(m_part, xml);
    for (auto& row : m_rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    while (!m_rows.isEmpty() && m_rows.last().isEmpty())
        m_rows.removeLast();
    return m_rows;
}

void XlsxSheetReader::readRow(QXmlStreamReader& xml)
{
    const QStringView number = xml.attributes().value(QLatin1String("r"));
    Position position{m_nextRow, 0};
    if (!number.isEmpty()) {
        bool ok = false;
        position.row = number.toInt(&ok) - 1;
        if (!ok || position.row < 0 || position.row >= excelRows) {
            xml.raiseError(tr("“%1” is not a row number").arg(number));
            return;
        }
    }
    m_nextRow = position.row + 1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView reference = xml.attributes().value(QLatin1String("r"));
        if (!reference.isEmpty() && !parseReference(reference, position)) {
            xml.raiseError(tr("“%1” is not a cell reference").arg(reference));
            return;
        }
        readCell(xml, position);
        position.column += 1; // where a following cell without r goes
    }
}

void XlsxSheetReader::readCell(QXmlStreamReader& xml, Position position)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            value = XlsxSharedStrings::readItem(xml);
        else
            xml.skipCurrentElement(); // a formula <f>, extensions
    }
    if (xml.hasError())
        return;
    const auto converted = XlsxCellValue::convert(type, style, value, m_context);
    if (!converted) {
        xml.raiseError(tr("cell %1%2: %3")
                           .arg(SheetGrid::columnName(position.column))
                           .arg(position.row + 1)
                           .arg(converted.error().message));
        return;
    }
    place(xml, position, *converted);
}

void XlsxSheetReader::place(QXmlStreamReader& xml, Position position, const SheetValue& value)
{
    if (value.isEmpty())
        return; // rows and the grid end at their last non-empty cell
    if (m_rows.size() <= position.row)
        m_rows.resize(position.row + 1);
    QList<SheetValue>& row = m_rows[position.row];
    if (row.size() <= position.column) {
        m_cells += position.column + 1 - row.size();
        if (m_cells > maxCells) {
            xml.raiseError(tr("the sheet has more than %1 cells, more than ChiBo reads").arg(maxCells));
            return;
        }
        row.resize(position.column + 1);
    }
    row[position.column] = value;
}

bool XlsxSheetReader::parseReference(QStringView reference, Position& position)
{
    qsizetype letters = 0;
    while (letters < reference.size() && reference[letters].isLetter())
        ++letters;
    const int column = SheetGrid::columnIndex(reference.left(letters));
    bool ok = false;
    const int row = reference.mid(letters).toInt(&ok) - 1;
    if (column < 0 || !ok || row < 0 || row >= excelRows || !reference[letters].isDigit())
        return false;
    position = {row, column};
    return true;
}

} // namespace chibo
