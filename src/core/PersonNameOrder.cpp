// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PersonNameOrder.h"

#include <QLocale>

namespace chibo {

PersonNameOrder::PersonNameOrder()
    : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int PersonNameOrder::compare(const QString& givenA, const QString& fullA, const QString& givenB,
                             const QString& fullB) const
{
    const int byGiven = m_collator.compare(givenA, givenB);
    return byGiven != 0 ? byGiven : m_collator.compare(fullA, fullB);
}

} // namespace chibo
