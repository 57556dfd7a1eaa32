// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/LevelCounts.h"

namespace chibo {

LevelCounts LevelCounts::of(const QList<const ClassificationRow*>& rows)
{
    LevelCounts counts;
    for (const ClassificationRow* row : rows) {
        ++counts.total;
        const QString& level = row->finalLevel;
        if (!row->rated)
            ++counts.notRated;
        else if (level == u"htxs")
            ++counts.htxs;
        else if (level == u"htt")
            ++counts.htt;
        else if (level == u"ht")
            ++counts.ht;
        else if (level == u"kht")
            ++counts.kht;
        else
            ++counts.undetermined;
    }
    return counts;
}

LevelCounts& LevelCounts::operator+=(const LevelCounts& other)
{
    total += other.total;
    htxs += other.htxs;
    htt += other.htt;
    ht += other.ht;
    kht += other.kht;
    notRated += other.notRated;
    undetermined += other.undetermined;
    return *this;
}

} // namespace chibo
