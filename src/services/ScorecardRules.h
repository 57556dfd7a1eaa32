// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "scoring/CriteriaSet.h"

#include <QList>
#include <QStringList>

namespace chibo {

/// Which criteria files judge an organisation in a period, chosen from the set by validity, subject and
/// applies_to, never by id: what the scorecard page shows and the committee overview breaks down.
class ScorecardRules {
public:
    /// The files whose subjects are `org` itself or its meetings, in force in the period (`month` 0: the
    /// whole year): meeting files in force on some day of the period (each meeting is judged by the
    /// version in force on its date), organisation_month files at the period's end, organisation_year
    /// files at the year's end. Member files are left out. Examples are included (they say so). Ordered
    /// year files, then month files, then meeting files; files in force before examples; then by id.
    static QList<const Criteria*> applicable(const CriteriaSet& criteria, const Organisation& org, int year,
                                             int month = 0);
    /// The ids of `files`, once each, in order: what ScoringService::score takes.
    static QStringList idsOf(const QList<const Criteria*>& files);
    /// The model by which the grassroots organisation `committee` counts its cells (e.g. "chi bộ bốn
    /// tốt", which "đảng bộ cơ sở bốn tốt" reads): an organisation_year file in force for the year that a
    /// committee-only file in force reads and that applies to cells. Null when none.
    static const Criteria* cellModel(const CriteriaSet& criteria, const Organisation& committee, int year);
    /// The section of an indicator from its label: "2. Tỷ lệ …" → "2", "B11. Sản phẩm …" → "B"; "" when
    /// the label is not numbered. Criteria files number the criteria of a model this way.
    static QString sectionOf(const QString& label);
    /// A criterion of a card: met when each of its indicators passes (or only informs), not met when one
    /// fails, unknown when one is missing.
    static Truth sectionMet(const ScoreCard& card, const QString& section);
    /// The label without its section number: "2. Tỷ lệ buổi …" → "Tỷ lệ buổi …".
    static QString withoutSection(const QString& label);
};

} // namespace chibo
