// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chibo {

/// Why an operation failed: a stable machine code, a translated message for people, and where the
/// problem is (a file:line:col, a JSON pointer, a table row, a record id) when that is known.
struct Error {
    QString code;
    QString message;
    QString location;

    /// "location: message" when a location is known, else the message.
    QString toString() const
    {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
};

} // namespace chibo
