// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Target.h"

namespace chibo {

class DemoRandom;
class ScaleContext;
struct ScaleCell;

/// The records around the meetings of a generated province: each cell's yearly plan (admissions,
/// candidates for the awareness class, a task), tasks set by monthly resolutions, monthly dues with
/// the odd unpaid month (more often for members who often miss meetings), and a few violations, some
/// of them disciplined.
class ScaleRecords {
public:
    explicit ScaleRecords(ScaleContext& context);

    void build();

private:
    void addYearlyTargets(const ScaleCell& cell, int year);
    void addMeetingTargets();
    void addDues();
    void addDiscipline();
    static Target task(DemoRandom& random, CellType type);

    ScaleContext& m_context;
};

} // namespace chibo
