// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QtGlobal>

namespace chibo {

/// The size of a synthetic dataset: how many cells and members, over how many years, from which seed.
/// The years end with 2025, the last year whose classification is complete, so that one year is 2025
/// (QĐ 366) and two years add 2024 (QĐ 124).
struct ScaleOptions {
    static constexpr int LastYear = 2025;
    static constexpr int MinCellSize = 3;
    static constexpr int MaxCellSize = 200;
    static constexpr int CellsPerCommune = 90;

    int cells = 90;
    int members = 2500;
    int years = 1;
    quint64 seed = 20250101;

    int firstYear() const { return LastYear - years + 1; }
    QDate periodStart() const { return {firstYear(), 1, 1}; }
    static QDate periodEnd() { return {LastYear, 12, 31}; }
};

} // namespace chibo
