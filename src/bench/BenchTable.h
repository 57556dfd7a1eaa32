// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// A plain-text table for the terminal: columns as wide as their widest cell, numbers on the right.
class BenchTable {
public:
    explicit BenchTable(QStringList headers);

    void add(QStringList cells);
    QString text() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace chibo
