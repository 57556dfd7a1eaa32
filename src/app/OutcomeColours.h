// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"

#include <QColor>
#include <QString>

namespace chibo {

/// The colour bands every page uses for results. Neutral means "no band": leave the cell uncoloured.
enum class OutcomeBand {
    Neutral,       ///< a value only (an Info indicator, a count)
    Pass,          ///< met, passed, a good level
    Fail,          ///< not met, failed, the lowest level
    Missing,       ///< the records cannot give a value: something must be entered
    NeedsDecision, ///< the rules leave it open or flag it: a person decides
    NotApplicable, ///< the rule does not apply to this subject
};

/// The one place that answers "which colour shows this result". Every background is light and every
/// band is readable with foreground(), in light and dark desktop themes alike (pages set both).
class OutcomeColours {
public:
    static OutcomeBand band(IndicatorOutcome outcome);
    static OutcomeBand band(Truth truth);
    /// The band of a level code of a criteria file: "dat", "htxs", "htt", "ht", "tot", "kha",
    /// "trung_binh" pass; "chua_dat", "kht", "kem" fail; "" (undetermined) needs a decision.
    static OutcomeBand levelBand(const QString& levelCode);
    /// The band of a whole card: needs a decision when it is rated but has no level or has flags.
    static OutcomeBand band(const ScoreCard& card);

    /// An invalid colour for OutcomeBand::Neutral.
    static QColor background(OutcomeBand band);
    static QColor background(IndicatorOutcome outcome);
    static QColor background(Truth truth);
    /// Graded by level: HTXS / HTT / HT / KHT and the meeting bands Tốt / Khá / Trung bình / Kém each
    /// have their own shade; "dat" / "chua_dat" use pass / fail; unknown codes use the band colours.
    static QColor levelBackground(const QString& levelCode);
    static QColor background(const ScoreCard& card);

    /// The text colour on any background above.
    static QColor foreground();
    /// A stronger colour of the band for lines, bars and marks drawn on a white chart background.
    static QColor accent(OutcomeBand band);
};

} // namespace chibo
