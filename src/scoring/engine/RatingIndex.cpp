// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/RatingIndex.h"

#include <tuple>

namespace chibo {

RatingIndex::RatingIndex(const QList<Rating>& ratings)
{
    m_ratings.reserve(ratings.size());
    for (const Rating& rating : ratings) {
        const QString k = key(rating.criteriaId, rating.indicatorId, rating.subjectId, rating.period);
        const Rating*& slot = m_ratings[k];
        if (!slot || std::tie(slot->enteredOn, slot->id) < std::tie(rating.enteredOn, rating.id))
            slot = &rating;
    }
}

const Rating* RatingIndex::find(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                                const QString& period) const
{
    return m_ratings.value(key(criteriaId, indicatorId, subjectId, period), nullptr);
}

QString RatingIndex::key(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                         const QString& period)
{
    // Ids use only [a-z0-9-], so '|' cannot occur inside a part.
    return criteriaId + u'|' + indicatorId + u'|' + subjectId.toString(QUuid::WithoutBraces) + u'|' + period;
}

} // namespace chibo
