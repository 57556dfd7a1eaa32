// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheets/SheetGrid.h"

namespace chibo {

namespace {
constexpr int lastExcelColumn = 16383; // XFD
}

QString SheetGrid::columnName(int index)
{
    QString letters;
    for (int rest = index; rest >= 0; rest = rest / 26 - 1)
        letters.prepend(QChar(u'A' + rest % 26));
    return letters;
}

int SheetGrid::columnIndex(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int number = 0; // bijective base 26: A = 1 … Z = 26, AA = 27
    for (const QChar letter : letters) {
        const char16_t upper = letter.toUpper().unicode();
        if (upper < u'A' || upper > u'Z')
            return -1;
        number = number * 26 + (upper - u'A' + 1);
    }
    return number - 1 <= lastExcelColumn ? number - 1 : -1;
}

} // namespace chibo
