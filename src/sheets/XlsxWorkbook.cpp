// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/XlsxWorkbook.h"

#include "sheets/XlsxPackage.h"

#include <QDir>
#include <QXmlStreamReader>

namespace chibo {

namespace {

/// The value of the relationship id attribute ("r:id"), whatever prefix its namespace has.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(const XlsxPackage& package)
{
    auto workbook = readSheets(package);
    if (!workbook)
        return workbook;
    const auto relationships = readRelationships(package);
    if (!relationships)
        return relationships.error();
    for (auto& sheet : workbook->sheets) {
        const Relationship target = relationships->value(sheet.part);
        if (target.part.isEmpty()) {
            return package.problem(relationshipsPart,
                                   tr("“%1” is damaged: the part %2 does not say where the sheet “%3” is.")
                                       .arg(package.fileName(), relationshipsPart, sheet.name));
        }
        sheet.part = target.part;
        sheet.isWorksheet = target.type == u"worksheet";
    }
    for (const Relationship& relationship : *relationships) {
        if (relationship.type == u"sharedStrings")
            workbook->sharedStringsPart = relationship.part;
        else if (relationship.type == u"styles")
            workbook->stylesPart = relationship.part;
    }
    return workbook;
}

Result<XlsxWorkbook> XlsxWorkbook::readSheets(const XlsxPackage& package)
{
    const auto bytes = package.read(workbookPart);
    if (!bytes)
        return bytes.error();
    XlsxWorkbook workbook;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            const QString id = relationshipId(attributes);
            if (id.isEmpty())
                xml.raiseError(
                    tr("the sheet “%1” has no relationship id").arg(attributes.value(QLatin1String("name"))));
            workbook.sheets.append(
                {attributes.value(QLatin1String("name")).toString(), id, false}); // part: the id for now
        }
    }
    if (xml.hasError())
        return package.xmlProblem(workbookPart, xml);
    return workbook;
}

Result<XlsxWorkbook::Relationships> XlsxWorkbook::readRelationships(const XlsxPackage& package)
{
    const auto bytes = package.read(relationshipsPart);
    if (!bytes)
        return bytes.error();
    Relationships relationships;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("Type")).toString();
        const bool external = attributes.value(QLatin1String("TargetMode")) == u"External";
        relationships.insert(
            attributes.value(QLatin1String("Id")).toString(),
            {type.mid(type.lastIndexOf(u'/') + 1),
             external ? QString() : resolve(attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError())
        return package.xmlProblem(relationshipsPart, xml);
    return relationships;
}

QString XlsxWorkbook::resolve(const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target); // relative to the workbook's folder
}

} // namespace chibo
