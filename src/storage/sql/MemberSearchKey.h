// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chibo {

/// The members.search_key column: the member's names folded once when written (VietnameseText::fold), so
/// that a search is one LIKE per query word with no folding at query time. Written by MemberWriter and by
/// migration step 2's backfill; a change to the folding needs a migration that recomputes the column.
class MemberSearchKey {
public:
    static QString of(const QString& fullName, const QString& givenName);
    /// One LIKE pattern ("%word%", with \ % _ escaped for ESCAPE '\') per folded word of `query`.
    static QStringList likePatterns(const QString& query);
};

} // namespace chibo
