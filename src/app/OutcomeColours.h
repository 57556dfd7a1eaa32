// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "services/OutcomeShades.h"

#include <QColor>
#include <QString>

namespace chibo {

/// The colours of results on screen: the backgrounds are OutcomeShades' codes (the ones the exported
/// sheets are filled with), with the text and chart colours that go with them. Every band is readable
/// with foreground(), in light and dark desktop themes alike (pages set both).
class OutcomeColours {
public:
    /// The bands as OutcomeShades gives them.
    static OutcomeBand band(IndicatorOutcome outcome);
    static OutcomeBand band(Truth truth);
    static OutcomeBand levelBand(const QString& levelCode);
    static OutcomeBand band(const ScoreCard& card);

    /// A "#RRGGBB" code of OutcomeShades (or a sheet's fill) as a colour; an invalid colour for "".
    static QColor colour(const QString& shade);
    /// OutcomeShades' codes as colours; an invalid colour for OutcomeBand::Neutral.
    static QColor background(OutcomeBand band);
    static QColor background(IndicatorOutcome outcome);
    static QColor background(Truth truth);
    /// Graded by level (OutcomeShades::ofLevel).
    static QColor levelBackground(const QString& levelCode);
    static QColor background(const ScoreCard& card);

    /// The text colour on any background above.
    static QColor foreground();
    /// A stronger colour of the band for lines, bars and marks drawn on a white chart background.
    static QColor accent(OutcomeBand band);
};

} // namespace chibo
