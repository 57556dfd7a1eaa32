// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Discipline.h"
#include "core/Leave.h"
#include "core/Violation.h"

#include <QList>

namespace chibo {

class DemoContext;

/// The scripted personal cases: leaves (a long sick leave in 2025, maternity leaves), violations of
/// the "3 không" kind and others, and the disciplines that followed some of them. Only what happened
/// by asOf, for members on record.
class CaseRecords {
public:
    explicit CaseRecords(const DemoContext& context);

    QList<Leave> leaves() const;
    QList<Violation> violations() const;
    QList<Discipline> disciplines() const;

private:
    const DemoContext& m_context;
};

} // namespace chibo
