// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/YearMonth.h"

#include <QDate>
#include <QString>

namespace chibo::test {

/// The day the demo tests look from, as in the final report: all of 2025 and most of 2026.
inline QDate demoDay()
{
    return {2026, 11, 22};
}

/// The demo generated with the default seed, seen from `asOf`; generated once per day and process.
const Dataset& demoAt(QDate asOf = demoDay());

const Member* findMember(const Dataset& data, const QUuid& id);
const Organisation* findOrganisation(const Dataset& data, const QString& name);
/// Cells: the organisations that hold monthly meetings.
QList<const Organisation*> cellsOf(const Dataset& data);

} // namespace chibo::test
