// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SampleStats.h"

#include <algorithm>

namespace chibo {

SampleStats::SampleStats(QList<double> samples)
    : m_sorted(std::move(samples))
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

double SampleStats::percentile(int percent) const
{
    if (m_sorted.isEmpty())
        return 0;
    // Nearest rank: the smallest value with at least `percent` % of the samples at or below it.
    const qsizetype rank = std::max<qsizetype>(1, (qsizetype(percent) * m_sorted.size() + 99) / 100);
    return m_sorted.at(std::min(rank, m_sorted.size()) - 1);
}

} // namespace chibo
