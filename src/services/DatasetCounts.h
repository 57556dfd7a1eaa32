// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

namespace chibo {

/// How many records of each kind a dataset holds; what an import or the demo reports.
struct DatasetCounts {
    qsizetype organisations = 0;
    qsizetype members = 0;
    qsizetype meetings = 0;
    qsizetype attendance = 0;
    qsizetype targets = 0;
    qsizetype assignments = 0;
    qsizetype disciplines = 0;
    qsizetype leaves = 0;
    qsizetype dues = 0;
    qsizetype violations = 0;
    qsizetype commendations = 0;

    static DatasetCounts of(const Dataset& dataset)
    {
        DatasetCounts counts{dataset.organisations.size(), dataset.members.size(),
                             dataset.meetings.size(),      0,
                             dataset.targets.size(),       dataset.assignments.size(),
                             dataset.disciplines.size(),   dataset.leaves.size(),
                             dataset.dues.size(),          dataset.violations.size(),
                             dataset.commendations.size()};
        for (const Meeting& meeting : dataset.meetings)
            counts.attendance += meeting.attendance.size();
        return counts;
    }
};

} // namespace chibo
