// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chibo {

/// How much of the database a dataset document holds, which decides how its references are checked.
enum class DatasetExtent {
    /// A whole dataset (an import, an export, the demo): every reference points at a record of it.
    Whole,
    /// A part of a database (a recycle-bin entry): references may point at records outside it, which the
    /// database checks when the part is written back. Everything else is checked as for a whole dataset.
    Fragment,
};

} // namespace chibo
