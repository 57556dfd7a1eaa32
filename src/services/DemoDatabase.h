// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "demo/ScaleOptions.h"
#include "services/DatasetCounts.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace chibo {

/// Creates the demo database: the commune party committee of Ea Sin with its cells, members and
/// every meeting of 2025 and 2026 up to `asOf` (deterministic for a seed and a date).
class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    static constexpr quint64 DefaultSeed = 20250101;

    /// Writes the demo to `path`. An existing file is an error unless `replace` is set; then it and its
    /// WAL files are replaced only after the new demo is complete, so a failure leaves the old one. With
    /// `withAccounts`, the demo has its accounts (DemoAccounts) and asks people to sign in.
    static Result<DatasetCounts> create(const QString& path, QDate asOf, quint64 seed = DefaultSeed,
                                        bool replace = false, bool withAccounts = false);
    /// Creates the demo at `path`, with its accounts, unless a file is already there.
    static Status ensure(const QString& path, QDate asOf);
    /// Writes a synthetic province of the given size (ScaleGenerator) to `path`, as create() does.
    /// Refused ("generate.size") when the options are out of bounds.
    static Result<DatasetCounts> createScaled(const QString& path, const ScaleOptions& options,
                                              bool replace = false);
    /// Why `options` cannot make a province, or an empty Status.
    static Status checkScale(const ScaleOptions& options);

private:
    /// Builds the database next to `path` and moves it there once complete (the caller has checked
    /// whether a file may be replaced).
    static Result<DatasetCounts> write(const QString& path, const Dataset& dataset, const QString& source,
                                       bool withAccounts = false);
};

} // namespace chibo
