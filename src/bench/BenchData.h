// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "demo/ScaleOptions.h"

#include <QString>
#include <QStringList>

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
    /// The environment the programs measured run in: offscreen, with settings and data folders of their
    /// own, so that neither the user's settings nor the last page they had open change a figure.
    QStringList environment() const;

private:
    QString m_directory;
};

} // namespace chibo
