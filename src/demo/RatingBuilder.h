// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rating.h"
#include "demo/OrgLayout.h"

#include <QDate>
#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;
struct Member;

/// The values the cells enter for the criteria files' indicators (ids in docs/rule-sets.md):
/// - for 2025, once the year is over (asOf ≥ 31/12/2025): the points of every member rated that year
///   (QĐ 366: general criteria 0–30, tasks 0–70, shortcomings remedied), the points of every cell and
///   grassroots organisation, each cell's leadership grade and unity (chi bộ bốn tốt), the five "tốt"
///   of every rated member, and two judgements on every meeting a cell held in 2025 (under HD 12 before
///   28/10/2025, HD 42 from then);
/// - for 2024: the QĐ 124 grades of every member and organisation rated that year.
/// A member is rated for a year when a member on 31/12, neither exempt, suspended nor away, and admitted
/// at least six months before. Most members score 70–89; about one in eight 90 or more (five in the
/// school's cell, so that its "HTXS ≤ 20 % of HTT" quota is exceeded); a few 50–69 and one below 50.
/// Deterministic for the seed; every rating is dated in December of its year and no later than asOf.
class RatingBuilder {
public:
    explicit RatingBuilder(const DemoContext& context);

    /// Reads the final members, organisations and meetings of the context's dataset.
    QList<Rating> build();

    /// Whether `member` is rated for the year that ends on `yearEnd`; the cell rating them via `cellId`.
    static bool isRated(const Member& member, QDate yearEnd, QUuid* cellId = nullptr);

private:
    struct Rated {
        const Member* member = nullptr;
        QUuid cellId;
    };

    QList<Rated> ratedMembers(QDate yearEnd) const;
    /// The organisations of the layout that exist on `day`, upper committees left out.
    QList<const OrgLayout::Unit*> ratedUnits(QDate day, bool cellsOnly) const;
    /// "Name — title" of the secretary (else the deputy) of `orgId` on `day`; empty when there is none.
    QString signer(const QUuid& orgId, QDate day, const QString& title) const;
    QString upperSigner(const OrgLayout::Unit& unit, QDate day) const;
    void add(const QString& criteria, const QString& indicator, const QUuid& subject, const QString& period,
             const QString& value, const QString& note, const QString& by, QDate on);

    void addMemberPoints(const QList<Rated>& rated);
    void addMemberPoint(const Rated& rated, int total, DemoRandom& random);
    void addFiveGood(const Rated& rated, int total, QDate on, const QString& by, DemoRandom& random);
    void addOrganisations2025();
    void addMeetings2025();
    void addMembers2024();
    void addOrganisations2024();

    const DemoContext& m_context;
    QList<Rating> m_ratings;
};

} // namespace chibo
