// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DecisionRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// DecisionRepository in portable SQL. Each row carries recorded_seq, one more than the largest before
/// it, which orders the history independently of clocks and dates.
class SqlDecisionRepository final : public DecisionRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlDecisionRepository)

public:
    explicit SqlDecisionRepository(Database& db)
        : m_db(db)
    {}

    Status record(const ClassificationDecision& decision) override;
    Result<QList<ClassificationDecision>> current(int year, const QList<QUuid>& subjectIds) const override;
    Result<QList<ClassificationDecision>> history(const QUuid& subjectId) const override;

private:
    Status check(const ClassificationDecision& decision) const;
    Result<QList<ClassificationDecision>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};

} // namespace chibo
