// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/YearMonth.h"

namespace chibo {

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    bool yearOk = false;
    bool monthOk = false;
    const int y = text.first(4).toInt(&yearOk);
    const int m = text.sliced(5).toInt(&monthOk);
    const YearMonth result(y, m);
    if (!yearOk || !monthOk || !result.isValid())
        return std::nullopt;
    return result;
}

YearMonth YearMonth::addMonths(int n) const
{
    const int index = year * 12 + (month - 1) + n;
    return {index / 12, index % 12 + 1};
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace chibo
