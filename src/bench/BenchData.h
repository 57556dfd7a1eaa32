// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "demo/ScaleOptions.h"

#include <QString>

namespace chibo {

/// Where the benchmark keeps its databases: generated provinces are kept between runs (they take a
/// minute or more to make at 100,000 members) under a name that says their size and seed; scratch
/// copies are made fresh for the figures that write.
class BenchData {
public:
    explicit BenchData(QString directory);

    const QString& directory() const { return m_directory; }
    /// The province of `options`, generated first when it is not there yet.
    Result<QString> province(const ScaleOptions& options) const;
    /// A fresh copy of `database` named `name` in the scratch folder.
    Result<QString> scratchCopy(const QString& database, const QString& name) const;
    QString scratchPath(const QString& name) const;

private:
    QString m_directory;
};

} // namespace chibo
