// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/OutcomeColours.h"

namespace chibo {

namespace {

// Light shades in the spirit of the usual "success / danger / warning" palette; contrast with the
// foreground below is above 10:1 for every one of them.
constexpr QRgb passShade = 0xd4edda;
constexpr QRgb failShade = 0xf8d7da;
constexpr QRgb missingShade = 0xdde3ec;
constexpr QRgb decisionShade = 0xfff0c2;
constexpr QRgb notApplicableShade = 0xeeeeee;

constexpr QRgb excellentShade = 0xb9e4c5; // HTXS, Tốt
constexpr QRgb goodShade = 0xd4edda;      // HTT
constexpr QRgb fairShade = 0xdbe9f8;      // Khá
constexpr QRgb enoughShade = 0xfff5cc;    // HT, Trung bình
constexpr QRgb poorShade = 0xf8d7da;      // KHT, Kém

QColor opaque(QRgb rgb)
{
    return QColor::fromRgb(rgb | 0xff000000u);
}

} // namespace

OutcomeBand OutcomeColours::band(IndicatorOutcome outcome)
{
    switch (outcome) {
    case IndicatorOutcome::Pass: return OutcomeBand::Pass;
    case IndicatorOutcome::Fail: return OutcomeBand::Fail;
    case IndicatorOutcome::Info: return OutcomeBand::Neutral;
    case IndicatorOutcome::Missing: return OutcomeBand::Missing;
    case IndicatorOutcome::NotApplicable: return OutcomeBand::NotApplicable;
    }
    return OutcomeBand::Neutral;
}

OutcomeBand OutcomeColours::band(Truth truth)
{
    switch (truth) {
    case Truth::True: return OutcomeBand::Pass;
    case Truth::False: return OutcomeBand::Fail;
    case Truth::Unknown: return OutcomeBand::Missing;
    }
    return OutcomeBand::Neutral;
}

OutcomeBand OutcomeColours::levelBand(const QString& levelCode)
{
    if (levelCode.isEmpty())
        return OutcomeBand::NeedsDecision;
    if (levelCode == u"chua_dat" || levelCode == u"kht" || levelCode == u"kem")
        return OutcomeBand::Fail;
    return OutcomeBand::Pass;
}

OutcomeBand OutcomeColours::band(const ScoreCard& card)
{
    if (!card.rated)
        return OutcomeBand::NotApplicable;
    if (card.needsDecision())
        return OutcomeBand::NeedsDecision;
    return levelBand(card.level);
}

QColor OutcomeColours::background(OutcomeBand band)
{
    switch (band) {
    case OutcomeBand::Neutral: return {};
    case OutcomeBand::Pass: return opaque(passShade);
    case OutcomeBand::Fail: return opaque(failShade);
    case OutcomeBand::Missing: return opaque(missingShade);
    case OutcomeBand::NeedsDecision: return opaque(decisionShade);
    case OutcomeBand::NotApplicable: return opaque(notApplicableShade);
    }
    return {};
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
    if (levelCode == u"htxs" || levelCode == u"tot")
        return opaque(excellentShade);
    if (levelCode == u"htt")
        return opaque(goodShade);
    if (levelCode == u"kha")
        return opaque(fairShade);
    if (levelCode == u"ht" || levelCode == u"trung_binh")
        return opaque(enoughShade);
    if (levelCode == u"kht" || levelCode == u"kem")
        return opaque(poorShade);
    return background(levelBand(levelCode));
}

QColor OutcomeColours::background(const ScoreCard& card)
{
    const OutcomeBand cardBand = band(card);
    if (cardBand == OutcomeBand::Pass || cardBand == OutcomeBand::Fail)
        return levelBackground(card.level);
    return background(cardBand);
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
