// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "crashtest/CrashProtocol.h"

#include <functional>

namespace chibo {

class StateReader;

/// A use case the child is about to run through the services: its name, what each key it writes holds
/// now and will hold after the commit, and the call (one transaction).
struct PlannedUseCase {
    QString name;
    QList<KeyChange> keys;
    std::function<Status()> run;
    /// Keys only known once committed (an import's new members), read back after the commit and
    /// acknowledged with the others; none when empty.
    std::function<QList<KeyChange>(StateReader&)> keysAfterCommit;
};

} // namespace chibo
