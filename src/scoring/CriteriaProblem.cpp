// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/CriteriaProblem.h"

namespace chibo {

QString CriteriaProblem::location() const
{
    QString text = file;
    if (line > 0)
        text += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!pointer.isEmpty())
        text += u' ' + pointer;
    return text;
}

} // namespace chibo
