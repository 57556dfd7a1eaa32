// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"

#include <QString>

namespace chibo {

/// The colour bands every page and spreadsheet uses for results. Neutral means "no band": the cell stays
/// uncoloured.
enum class OutcomeBand {
    Neutral,       ///< a value only (an Info indicator, a count)
    Pass,          ///< met, passed, a good level
    Fail,          ///< not met, failed, the lowest level
    Missing,       ///< the records cannot give a value: something must be entered
    NeedsDecision, ///< the rules leave it open or flag it: a person decides
    NotApplicable, ///< the rule does not apply to this subject
};

/// The one place that answers "which background shows this result", as "#RRGGBB" codes (upper case, as
/// a spreadsheet fill is written): the window paints them (app/OutcomeColours) and the exported sheets
/// fill their cells with them, so both show the same bands. Every shade is light, for dark text.
class OutcomeShades {
public:
    static OutcomeBand band(IndicatorOutcome outcome);
    static OutcomeBand band(Truth truth);
    /// The band of a level code of a criteria file: "dat", "htxs", "htt", "ht", "tot", "kha",
    /// "trung_binh" pass; "chua_dat", "kht", "kem" fail; "" (undetermined) needs a decision.
    static OutcomeBand levelBand(const QString& levelCode);
    /// The band of a whole card: needs a decision when it is rated but has no level or has flags.
    static OutcomeBand band(const ScoreCard& card);

    /// "" for OutcomeBand::Neutral.
    static QString of(OutcomeBand band);
    static QString of(Truth truth) { return of(band(truth)); }
    /// Graded by level: HTXS / HTT / HT / KHT and the meeting bands Tốt / Khá / Trung bình / Kém each
    /// have their own shade; "dat" / "chua_dat" use pass / fail; other codes (and "") their band's.
    static QString ofLevel(const QString& levelCode);
    /// A passed or failed card by its level, any other by its band.
    static QString of(const ScoreCard& card);
};

} // namespace chibo
