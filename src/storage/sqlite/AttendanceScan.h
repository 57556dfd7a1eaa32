// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace chibo {

/// The floor a scoring run is measured against: every attendance row of a year, joined to its meeting,
/// read once through the sqlite3 C API (no Qt SQL, no objects built) — the least any scoring of the
/// year must do. Opens `path` read-only on its own connection.
class AttendanceScan {
public:
    struct Totals {
        qint64 rows = 0;
        qint64 present = 0; ///< rows whose status is present, late or left early
    };

    static Result<Totals> read(const QString& path, int year);
};

} // namespace chibo
