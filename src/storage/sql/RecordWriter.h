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
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>

namespace chibo {

class Database;
class IdResolver;

/// Writes the records that hang off members and organisations. Each statement is prepared the first time
/// it is used and then serves every record of a bulk insert. Joins whatever transaction is open; an update
/// of a record that is not stored is "storage.not-found".
class RecordWriter {
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    RecordWriter(const Database& db, IdResolver& ids);

    Status insert(const Target& record);
    Status update(const Target& record);
    Status insert(const Assignment& record);
    Status update(const Assignment& record);
    Status insert(const Discipline& record);
    Status update(const Discipline& record);
    Status insert(const Leave& record);
    Status update(const Leave& record);
    Status insert(const DuesRecord& record);
    /// Inserts or replaces the (member, month) record.
    Status upsert(const DuesRecord& record);
    Status insert(const Violation& record);
    Status update(const Violation& record);
    Status insert(const Commendation& record);
    Status update(const Commendation& record);

private:
    /// How errors name a record: message format (%1 record, %2 reason), record text, location.
    struct Subject {
        QString format;
        QString name;
        QString location;
    };
    static Subject subject(const Target& record);
    static Subject subject(const Assignment& record);
    static Subject subject(const Discipline& record);
    static Subject subject(const Leave& record);
    static Subject subject(const DuesRecord& record);
    static Subject subject(const Violation& record);
    static Subject subject(const Commendation& record);

    Result<QVariantList> values(const Target& record);
    Result<QVariantList> values(const Assignment& record);
    Result<QVariantList> values(const Discipline& record);
    Result<QVariantList> values(const Leave& record);
    Result<QVariantList> values(const DuesRecord& record);
    Result<QVariantList> values(const Violation& record);
    Result<QVariantList> values(const Commendation& record);

    /// Executes `statement` with `values`; with `mustMatch`, no changed row means "storage.not-found".
    Status run(SqlStatement& statement, const Result<QVariantList>& values, const Subject& what,
               bool mustMatch);
    Status writeFollowUps(SqlStatement& statement, const Assignment& record, bool replace);

    const Database& m_db;
    IdResolver& m_ids;
    SqlStatement m_insertTarget;
    SqlStatement m_updateTarget;
    SqlStatement m_insertAssignment;
    SqlStatement m_updateAssignment;
    SqlStatement m_deleteFollowUps;
    SqlStatement m_insertFollowUp;
    SqlStatement m_insertDiscipline;
    SqlStatement m_updateDiscipline;
    SqlStatement m_insertLeave;
    SqlStatement m_updateLeave;
    SqlStatement m_insertDues;
    SqlStatement m_upsertDues;
    SqlStatement m_insertViolation;
    SqlStatement m_updateViolation;
    SqlStatement m_insertCommendation;
    SqlStatement m_updateCommendation;
};

} // namespace chibo
