// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"

#include <QHash>

namespace chibo {

class DemoRandom;
class ScaleContext;
struct ScaleCell;

/// The values people enter for the criteria indicators of a generated province, year by year as the
/// demo's RatingBuilder does: QĐ 124 grades up to 2024; from 2025 the QĐ 366 points, the five-goods
/// self-review, the "bốn tốt" judgements of the upper committee and the quality of every meeting
/// (HD 12, then HD 42 from 28/10/2025). Each member and cell has a usual level, so results spread
/// across HTXS, HTT, HT and KHT.
class ScaleRatings {
public:
    explicit ScaleRatings(ScaleContext& context);

    void build();

private:
    void addMembers(const ScaleCell& cell, int year);
    void addMember366(const QUuid& memberId, int year, const QString& by, DemoRandom& random);
    void addMember124(const QUuid& memberId, int year, const QString& by, DemoRandom& random);
    void addCell(const ScaleCell& cell, int year);
    void addCommittees(int year);
    void addMeetings();
    bool isRated(qsizetype memberIndex, const ScaleCell& cell, QDate yearEnd) const;
    void add(const QString& criteria, const QString& indicator, const QUuid& subject, const QString& period,
             const QString& value, const QString& note, const QString& by, QDate on);

    ScaleContext& m_context;
    QHash<QUuid, QString> m_secretaries; ///< by cell: how a rating the secretary enters is signed
};

} // namespace chibo
