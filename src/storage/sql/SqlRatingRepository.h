// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RatingRepository.h"

#include <QCoreApplication>

namespace chibo {

class Database;

/// RatingRepository in portable SQL.
class SqlRatingRepository final : public RatingRepository {
    Q_DECLARE_TR_FUNCTIONS(SqlRatingRepository)

public:
    explicit SqlRatingRepository(Database& db)
        : m_db(db)
    {}

    Result<QList<Rating>> ratings(const QList<QUuid>& subjectIds) const override;
    Status upsertRating(const Rating& rating) override;
    Status removeRating(const QUuid& id) override;

private:
    Database& m_db;
};

} // namespace chibo
