// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/MemberSearchKey.h"

#include "core/VietnameseText.h"

namespace chibo {

QString MemberSearchKey::of(const QString& fullName, const QString& givenName)
{
    return VietnameseText::fold(fullName + u' ' + givenName);
}

QStringList MemberSearchKey::likePatterns(const QString& query)
{
    QStringList patterns;
    const QStringList words = VietnameseText::fold(query).split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(u'\\', QStringLiteral("\\\\"));
        word.replace(u'%', QStringLiteral("\\%"));
        word.replace(u'_', QStringLiteral("\\_"));
        patterns.append(u'%' + word + u'%');
    }
    return patterns;
}

} // namespace chibo
