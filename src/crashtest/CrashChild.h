// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crashtest/CrashOptions.h"

namespace chibo {

/// The process the parent kills: opens the database, says "ready", then runs write-heavy use cases through
/// the services in a loop, each announced before it runs and acknowledged once committed and read back
/// (CrashLine). It checks its own predictions: an acknowledgement that differs from what the use case
/// meant to write, or a refused use case, ends it with exit code 3 (a harness error, not a crash finding).
/// With `ackBeforeCommit` it acknowledges the prediction before running the use case: the broken
/// variant the parent must catch.
class CrashChild {
public:
    static int run(const CrashOptions& options);
};

} // namespace chibo
