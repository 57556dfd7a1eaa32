// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QDate>

namespace chibo {

class DemoContext;

/// A realistic demo of a commune party committee in the Central Highlands: the Đảng bộ xã Ea Sin
/// (Đắk Lắk) with seven grassroots cells and a grassroots committee of two cells, about 150 members,
/// and their meetings, attendance, targets, assignments, leaves, dues, violations, disciplines and
/// commendations for 2025 and 2026 up to a given day, and the ratings people enter for the criteria
/// files (RatingBuilder). Deterministic: the same options give the same dataset, ids included, on every
/// platform. Pure: no clock, no I/O.
class DemoGenerator {
public:
    struct Options {
        quint64 seed = 20250101;
        QDate asOf; ///< nothing is dated later; invalid means the end of the demo period, 31/12/2026
    };

    static Dataset generate(const Options& options);

private:
    static void buildOrganisations(DemoContext& context);
    static void buildMembers(DemoContext& context);
    static void buildRecords(DemoContext& context);
};

} // namespace chibo
