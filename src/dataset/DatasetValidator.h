// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Error.h"
#include "dataset/DatasetExtent.h"

#include <QList>

namespace chibo {

/// Checks a whole dataset, whether read from a file or built in code: the integrity of its references
/// (ReferenceChecks) and the domain rules of src/core — members' histories consistent
/// (MemberTimeline::check), discipline forms allowed for the subject (DisciplineRules), meetings held by
/// cells or grassroots committees, chair and minute-taker Party members on the day, attendance rows only
/// for members expected at the meeting, ratings of a subject of the dataset and with a fitting period
/// (RatingChecks). Each Error's location is the JSON pointer of the offending value
/// in the dataset format, from the dataset's list positions (e.g. "/meetings/4/attendance/2"), so that
/// DatasetReader can turn it into a line and column. O(records): one index per kind, one MemberTimeline
/// per member.
class DatasetValidator {
public:
    /// Every problem found, empty when the dataset is sound. For a fragment, references to records it
    /// does not hold are not problems, and neither are the rules that need those records.
    static QList<Error> validate(const Dataset& dataset, DatasetExtent extent = DatasetExtent::Whole);
};

} // namespace chibo
