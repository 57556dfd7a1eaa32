// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace chibo {

class XlsxPackage;

/// What xl/workbook.xml and xl/_rels/workbook.xml.rels say: the sheets in tab order with the part
/// holding each, where the shared strings and styles are, and the date system.
class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    struct Sheet {
        QString name;
        QString part;     ///< "xl/worksheets/sheet1.xml"
        bool isWorksheet; ///< false for a chart sheet or other non-table sheet
    };

    static inline const QString workbookPart = QStringLiteral("xl/workbook.xml");
    static inline const QString relationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

    /// Error when either part is missing or malformed, or a sheet has no part.
    static Result<XlsxWorkbook> read(const XlsxPackage& package);

    QList<Sheet> sheets;
    QString sharedStringsPart; ///< "" when the workbook has no shared strings
    QString stylesPart;        ///< "" when the workbook has no styles
    bool date1904 = false;     ///< serials count from 01/01/1904 (old Mac workbooks)

private:
    struct Relationship {
        QString type; ///< the last segment of the type URI: "worksheet", "sharedStrings", "styles"…
        QString part;
    };
    using Relationships = QHash<QString, Relationship>; // by Id

    static Result<Relationships> readRelationships(const XlsxPackage& package);
    /// The sheets with their relationship ids in `part`, and the date system.
    static Result<XlsxWorkbook> readSheets(const XlsxPackage& package);
    /// The package part a relationship Target of the workbook names.
    static QString resolve(const QString& target);
};

} // namespace chibo
