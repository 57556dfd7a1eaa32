// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace chibo::test {

/// The background fill of every filled cell of worksheet `sheetNumber` (1 = the first sheet written) of the
/// workbook at `path`, by cell reference ("E3" → "#D4EDDA"), read from the sheet's style indexes and
/// xl/styles.xml (the readers of src/sheets do not read fills back). Cells without a solid fill are absent.
QHash<QString, QString> cellFills(const QString& path, int sheetNumber);

} // namespace chibo::test
