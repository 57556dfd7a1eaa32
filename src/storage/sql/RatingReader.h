// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace chibo {

class Database;

/// Loads ratings with one query, in canonical order (DatasetOrder).
class RatingReader {
    Q_DECLARE_TR_FUNCTIONS(RatingReader)

public:
    explicit RatingReader(const Database& db)
        : m_db(db)
    {}

    /// Ratings of the organisations, members and meetings in the ScopeTables.
    Result<QList<Rating>> inScopes() const;
    /// Ratings of the subjects in the UuidScope.
    Result<QList<Rating>> ofScopedUuids() const;

private:
    Result<QList<Rating>> read(const QString& where) const;

    const Database& m_db;
};

} // namespace chibo
