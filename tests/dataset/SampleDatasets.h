// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QByteArray>
#include <QString>

namespace chibo::test {

/// Buôn Ea Kring's cell with every field of every record type set to a value other than its default
/// somewhere in the dataset, and consistent enough to pass DatasetValidator.
Dataset everyFieldDataset();

/// One record of each type with only the fields the format requires; everything else is default.
Dataset requiredFieldsDataset();

/// The contents of a file under tests/data; empty when it cannot be read.
QByteArray readTestFile(const QString& relative);

} // namespace chibo::test
