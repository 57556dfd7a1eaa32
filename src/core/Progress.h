// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chibo {

/// How a long use case (recomputing a year, an import) reports how far it is and learns that the person
/// cancelled. The work may run on a worker thread while the window reads: implementations are
/// thread-safe. A cancelled use case returns an error with code "cancelled" and leaves no partial data.
class Progress {
public:
    virtual ~Progress() = default;
    /// `done` of `total` steps; `step` says what is being done, translated.
    virtual void report(int done, int total, const QString& step) = 0;
    virtual bool cancelled() const = 0;
};

/// For callers with nobody to report to (the CLI, tests): never cancelled.
class NoProgress final : public Progress {
public:
    void report(int, int, const QString&) override {}
    bool cancelled() const override { return false; }
};

} // namespace chibo
