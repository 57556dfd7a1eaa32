// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// The entered values of a snapshot, indexed once by (criteria, indicator, subject, period). A meeting's
/// rating has the period "". When a key was entered twice the latest entry wins (by date, then by id), so
/// the choice does not depend on the order of the records.
class RatingIndex {
public:
    explicit RatingIndex(const QList<Rating>& ratings);

    const Rating* find(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                       const QString& period) const;

private:
    static QString key(const QString& criteriaId, const QString& indicatorId, const QUuid& subjectId,
                       const QString& period);

    QHash<QString, const Rating*> m_ratings; // lookups only, never iterated
};

} // namespace chibo
