// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace chibo {

class CliContext;
class Workspace;

/// The automatic backups and the drive warning of the command line: the daily backup when a command
/// opens an existing database for writing (the first of the day), and the backup before an import.
/// They go where the window's go (Backups::inDataDirectory), named with the computer's clock.
class CliBackups {
    Q_DECLARE_TR_FUNCTIONS(CliBackups)

public:
    /// After `workspace` was opened: prints the warning of a network or removable drive to stderr, and,
    /// when `forWriting` and the file `existed` before, makes the daily backup (a failure is printed as a
    /// warning; the command goes on).
    static void afterOpen(CliContext& context, Workspace& workspace, bool forWriting, bool existed);
    /// The backup before an import into a database that holds data (`existed` before the command opened
    /// it; a new file has nothing to lose). An error means the import must not run.
    static Status beforeImport(Workspace& workspace, bool existed);
};

} // namespace chibo
