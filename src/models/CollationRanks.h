// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace chibo {

/// Where texts fall in Vietnamese order (vi_VN collation, case-insensitive: PersonNameOrder's), as
/// integers that sort fast. Texts that collate equal get equal ranks, so a sort by rank can break their
/// ties by something else. One ICU sort key per distinct text: a province's member names repeat a lot.
/// Any thread (each call has its own collator).
class CollationRanks {
public:
    /// The rank of each of `texts`, 0 for the first in order.
    static std::vector<int> of(const QList<QString>& texts);
};

} // namespace chibo
