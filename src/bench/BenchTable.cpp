// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchTable.h"

#include <algorithm>

namespace chibo {

BenchTable::BenchTable(QStringList headers)
    : m_headers(std::move(headers))
{}

void BenchTable::add(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString BenchTable::text() const
{
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        qsizetype width = m_headers.at(c).size();
        for (const QStringList& row : m_rows)
            width = std::max(width, row.at(c).size());
        widths.append(width);
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            bool number = false;
            cells.at(c)
                .left(cells.at(c).indexOf(u' ') < 0 ? cells.at(c).size() : cells.at(c).indexOf(u' '))
                .toDouble(&number);
            text +=
                (number ? cells.at(c).rightJustified(widths.at(c)) : cells.at(c).leftJustified(widths.at(c)));
            text += c + 1 < cells.size() ? QStringLiteral("  ") : QStringLiteral("\n");
        }
        return text;
    };
    QString text = line(m_headers);
    QStringList rule;
    for (const qsizetype width : widths)
        rule.append(QString(width, u'-'));
    text += line(rule);
    for (const QStringList& row : m_rows)
        text += line(row);
    return text;
}

} // namespace chibo
