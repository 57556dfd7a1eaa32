// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClassificationRow.h"

#include <QList>

namespace chibo {

/// How many of a set of classification rows ended at each level (the decided level, else the proposed
/// one): the four QĐ 124 / QĐ 366 levels, the rows not rated, and those rated but still without a level.
struct LevelCounts {
    qint64 total = 0;
    qint64 htxs = 0;
    qint64 htt = 0;
    qint64 ht = 0;
    qint64 kht = 0;
    qint64 notRated = 0;
    qint64 undetermined = 0;

    static LevelCounts of(const QList<const ClassificationRow*>& rows);
    LevelCounts& operator+=(const LevelCounts& other);
};

} // namespace chibo
