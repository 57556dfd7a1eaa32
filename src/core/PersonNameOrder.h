// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QString>

namespace chibo {

/// Orders people the Vietnamese way: by given name, then by full name, with vi_VN collation
/// (a < ă < â, d < đ …), independent of the process locale.
class PersonNameOrder {
public:
    PersonNameOrder();
    /// Negative, zero or positive as a sorts before, with or after b.
    int compare(const QString& givenA, const QString& fullA, const QString& givenB,
                const QString& fullB) const;
    int compare(const QString& a, const QString& b) const { return m_collator.compare(a, b); }

private:
    QCollator m_collator;
};

} // namespace chibo
