// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// One argument a metric takes: a number (with a default) or a code from a list.
struct MetricArg {
    QString name;
    bool isCode = false;
    QString defaultValue; ///< canonical text
    QStringList codes;    ///< allowed codes when isCode

    bool operator==(const MetricArg&) const = default;
};

/// A metric of docs/metrics.md: its name, the subjects it serves, what kind of value it gives.
struct MetricInfo {
    enum class Type { Count, Share, Flag };

    QString name;
    QList<SubjectKind> subjects;
    Type type = Type::Count;
    QList<MetricArg> args;

    bool operator==(const MetricInfo&) const = default;
};

/// The catalog of metrics criteria files may use. The loader checks names and arguments against it;
/// MetricIndex computes exactly these.
class MetricCatalog {
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)

public:
    static const QList<MetricInfo>& all();
    static const MetricInfo* find(QStringView name);
    /// The catalog name closest to a misspelt one, for "did you mean"; "" when nothing is close.
    static QString closest(QStringView name);
    /// A translated one-line description, for explanations.
    static QString describe(QStringView name);
};

} // namespace chibo
