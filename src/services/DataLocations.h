// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chibo {

/// Where ChiBo keeps its files in the user's data directory (QStandardPaths::AppDataLocation).
class DataLocations {
public:
    /// The data directory, created if missing.
    static QString dataDirectory();
    /// The working database used when no path is given.
    static QString defaultDatabasePath();
    /// The demo database ("--demo"), created on first use.
    static QString demoDatabasePath();
    /// Where the backups of every database go, one folder per database (see Backups).
    static QString backupDirectory();
};

} // namespace chibo
