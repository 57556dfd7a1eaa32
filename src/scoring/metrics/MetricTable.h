// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/MetricIndex.h"

#include <QHash>
#include <QString>

namespace chibo {

class MetricArgs;
class MetricData;

/// Metric name → the function computing it, filled by each metric family's registerInto().
class MetricTable {
public:
    using Function = MetricValue (*)(const MetricData&, const MetricArgs&, const SubjectRef&);

    /// Every family's metrics: the catalog's implementation, built once per process.
    static const MetricTable& all();

    void add(const QString& name, Function function) { m_functions.insert(name, function); }
    Function find(const QString& name) const { return m_functions.value(name, nullptr); }
    qsizetype size() const { return m_functions.size(); }
    QList<QString> names() const { return m_functions.keys(); }

private:
    QHash<QString, Function> m_functions;
};

} // namespace chibo
