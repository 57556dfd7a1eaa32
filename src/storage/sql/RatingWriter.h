// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"
#include "core/Result.h"
#include "storage/sql/SqlStatement.h"

#include <QCoreApplication>

#include <optional>

namespace chibo {

class Database;
class IdResolver;

/// Writes ratings. Each statement is prepared once and serves every rating of a bulk insert. Before
/// writing, a rating is checked: required texts present, the subject a member, organisation or meeting
/// of the database (looked up among the ids this operation wrote first, then with one prepared query),
/// and the period empty exactly when the subject is a meeting. Joins whatever transaction is open.
class RatingWriter {
    Q_DECLARE_TR_FUNCTIONS(RatingWriter)

public:
    RatingWriter(const Database& db, IdResolver& ids);

    Status insert(const Rating& rating);
    /// Inserts, or updates the rating with the same (criteria, indicator, subject, period); the stored
    /// one keeps its id.
    Status upsert(const Rating& rating);

private:
    enum class SubjectKind { Meeting, Other };

    Status write(SqlStatement& statement, const Rating& rating);
    Status check(const Rating& rating);
    Result<std::optional<SubjectKind>> subjectKind(const QUuid& subject);
    Error invalid(const Rating& rating, const QString& reason) const;

    const Database& m_db;
    IdResolver& m_ids;
    SqlStatement m_insert;
    SqlStatement m_upsert;
    SqlStatement m_findSubject;
};

} // namespace chibo
