// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "dataset/FirstProblem.h"

#include <QJsonObject>
#include <QStringList>

namespace chibo {

/// Turns the top-level object of a dataset file into a Dataset, record by record. Every problem of shape
/// (see RecordReader) goes to `problems` with its JSON pointer; references between records and domain
/// rules are DatasetValidator's. "format" and "format_version" are checked before, by DatasetReader.
class DatasetParser {
public:
    /// `extraTopLevelMembers` are top-level members the caller reads itself (e.g. "criteria_test"): they
    /// are allowed, and not read here. Any other unknown member is a problem.
    static Dataset parse(const QJsonObject& root, FirstProblem& problems,
                         const QStringList& extraTopLevelMembers = {});
};

} // namespace chibo
