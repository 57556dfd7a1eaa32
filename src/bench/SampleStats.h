// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace chibo {

/// Order statistics of a list of timings.
class SampleStats {
public:
    explicit SampleStats(QList<double> samples);

    double median() const { return percentile(50); }
    /// The nearest-rank percentile (0–100); 0 for an empty list.
    double percentile(int percent) const;

private:
    QList<double> m_sorted;
};

} // namespace chibo
