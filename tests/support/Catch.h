// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that names the Catch2 version (v2 on Debian 12), so a move to v3 changes one file.
#include <QString>

#include <catch2/catch.hpp>
#include <ostream>

// Let Catch print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << value.toStdString();
}
