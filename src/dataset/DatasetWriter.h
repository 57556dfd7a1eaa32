// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QByteArray>

namespace chibo {

/// Writes a Dataset as a "chibo-dataset" JSON document (docs/dataset-format.md): indented UTF-8 with
/// a newline at the end, keys sorted, lists in the order given (the caller decides the order, so the
/// same dataset always gives the same bytes). Optional values that are empty, null, invalid, zero or
/// false are left out, and DatasetReader reads them back as exactly those values.
class DatasetWriter {
public:
    /// The value of the top-level "format" field.
    static constexpr char16_t formatName[] = u"chibo-dataset";
    /// The format version written, and the newest one DatasetReader reads. Version 2 added "ratings";
    /// DatasetReader reads version 1 documents as well.
    static constexpr int formatVersion = 2;

    static QByteArray write(const Dataset& dataset);
};

} // namespace chibo
