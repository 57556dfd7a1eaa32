// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql/SqlRatingRepository.h"

#include "storage/Database.h"
#include "storage/sql/IdResolver.h"
#include "storage/sql/RatingReader.h"
#include "storage/sql/RatingWriter.h"
#include "storage/sql/SqlErrors.h"
#include "storage/sql/SqlStatement.h"
#include "storage/sql/SqlValues.h"
#include "storage/sql/TransactionScope.h"
#include "storage/sql/UuidScope.h"

namespace chibo {

Result<QList<Rating>> SqlRatingRepository::ratings(const QList<QUuid>& subjectIds) const
{
    return TransactionScope::run(m_db, [&]() -> Result<QList<Rating>> {
        if (Status status = UuidScope(m_db).set(subjectIds); !status)
            return status.error();
        return RatingReader(m_db).ofScopedUuids();
    });
}

Status SqlRatingRepository::upsertRating(const Rating& rating)
{
    return TransactionScope::run(m_db, [&] {
        IdResolver ids(m_db);
        return RatingWriter(m_db, ids).upsert(rating);
    });
}

Status SqlRatingRepository::removeRating(const QUuid& id)
{
    const QString uuid = SqlValues::uuidText(id);
    const QString where = SqlErrors::location(QStringLiteral("ratings"), uuid);
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM ratings WHERE uuid = ?"));
    if (!remove.exec({SqlValues::uuid(id)}))
        return SqlErrors::failed(m_db.dialect(), remove.error(), tr("Could not remove the rating %1: %2"),
                                 uuid, where);
    if (remove.rowsAffected() == 0)
        return SqlErrors::notFound(tr("Could not remove the rating %1: %2"), uuid, where);
    return {};
}

} // namespace chibo
