// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/OutcomeColours.h"

namespace chibo {

namespace {

QColor opaque(QRgb rgb)
{
    return QColor::fromRgb(rgb | 0xff000000u);
}

} // namespace

QColor OutcomeColours::colour(const QString& shade)
{
    return shade.isEmpty() ? QColor() : QColor::fromString(shade);
}

OutcomeBand OutcomeColours::band(IndicatorOutcome outcome)
{
    return OutcomeShades::band(outcome);
}

OutcomeBand OutcomeColours::band(Truth truth)
{
    return OutcomeShades::band(truth);
}

OutcomeBand OutcomeColours::levelBand(const QString& levelCode)
{
    return OutcomeShades::levelBand(levelCode);
}

OutcomeBand OutcomeColours::band(const ScoreCard& card)
{
    return OutcomeShades::band(card);
}

QColor OutcomeColours::background(OutcomeBand band)
{
    return colour(OutcomeShades::of(band));
}

QColor OutcomeColours::background(IndicatorOutcome outcome)
{
    return background(band(outcome));
}

QColor OutcomeColours::background(Truth truth)
{
    return background(band(truth));
}

QColor OutcomeColours::levelBackground(const QString& levelCode)
{
    return colour(OutcomeShades::ofLevel(levelCode));
}

QColor OutcomeColours::background(const ScoreCard& card)
{
    return colour(OutcomeShades::of(card));
}

QColor OutcomeColours::foreground()
{
    return opaque(0x1f2328);
}

QColor OutcomeColours::accent(OutcomeBand band)
{
    switch (band) {
    case OutcomeBand::Neutral: return opaque(0x1f6feb);
    case OutcomeBand::Pass: return opaque(0x2e7d32);
    case OutcomeBand::Fail: return opaque(0xc62828);
    case OutcomeBand::Missing: return opaque(0x607d8b);
    case OutcomeBand::NeedsDecision: return opaque(0xb26a00);
    case OutcomeBand::NotApplicable: return opaque(0x9e9e9e);
    }
    return {};
}

} // namespace chibo
