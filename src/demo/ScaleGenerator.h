// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "demo/ScaleOptions.h"

namespace chibo {

/// A synthetic province at any scale, for measuring ChiBo: `cells` cells of 3 to 200 members holding
/// `members` members in all, under one commune committee for every 90 cells, with `years` years of
/// meetings, attendance, targets, dues, leave, status changes, violations, disciplines and the ratings
/// the criteria files read. Deterministic: the same options give the same dataset, ids included.
/// Pure: no clock, no I/O. The options must be valid (ScaleOptions' bounds; the caller checks them).
class ScaleGenerator {
public:
    static Dataset generate(const ScaleOptions& options);
};

} // namespace chibo
