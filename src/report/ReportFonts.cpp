// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFonts.h"

#include <QFontDatabase>

namespace chibo {

Result<QString> ReportFonts::serifFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString& wanted : {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")}) {
        if (families.contains(wanted))
            return wanted;
    }
    return Error{
        QStringLiteral("report_font"),
        tr("Neither Times New Roman nor Liberation Serif is installed; official documents need one of "
           "them (Debian package fonts-liberation2)."),
        {}};
}

} // namespace chibo
