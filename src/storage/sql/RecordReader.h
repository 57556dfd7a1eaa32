// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "core/Commendation.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Result.h"
#include "core/Target.h"
#include "core/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace chibo {

class Database;

/// Loads the records of the organisation and member scopes (ScopeTables), one query per kind of record,
/// each list in canonical order (DatasetOrder).
class RecordReader {
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    explicit RecordReader(const Database& db)
        : m_db(db)
    {}

    /// Targets of the organisations in scope.
    Result<QList<Target>> targets() const;
    /// Targets matching `condition`, SQL over the aliases t (the target) and mt (the meeting that set
    /// it), with its parameters bound from `values`.
    Result<QList<Target>> targetsWhere(const QString& condition, const QVariantList& values) const;
    /// Assignments of the members in scope, with their follow-ups.
    Result<QList<Assignment>> assignments() const;
    /// Disciplines of the members in scope, and of the organisations in scope as committee or organisation.
    Result<QList<Discipline>> disciplines() const;
    Result<QList<Leave>> leaves() const;
    Result<QList<DuesRecord>> dues() const;
    Result<QList<Violation>> violations() const;
    /// Commendations of the members in scope, and of the organisations in scope.
    Result<QList<Commendation>> commendations() const;

private:
    const Database& m_db;
};

} // namespace chibo
