// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OutcomeShades.h"

namespace chibo {

namespace {

// Light shades in the spirit of the usual "success / danger / warning" palette; the window's text
// colour (OutcomeColours::foreground) contrasts with each of them above 10:1.
const QString passShade = QStringLiteral("#D4EDDA");
const QString failShade = QStringLiteral("#F8D7DA");
const QString missingShade = QStringLiteral("#DDE3EC");
const QString decisionShade = QStringLiteral("#FFF0C2");
const QString notApplicableShade = QStringLiteral("#EEEEEE");

const QString excellentShade = QStringLiteral("#B9E4C5"); // HTXS, Tốt
const QString goodShade = QStringLiteral("#D4EDDA");      // HTT
const QString fairShade = QStringLiteral("#DBE9F8");      // Khá
const QString enoughShade = QStringLiteral("#FFF5CC");    // HT, Trung bình
const QString poorShade = QStringLiteral("#F8D7DA");      // KHT, Kém

} // namespace

OutcomeBand OutcomeShades::band(IndicatorOutcome outcome)
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

OutcomeBand OutcomeShades::band(Truth truth)
{
    switch (truth) {
    case Truth::True: return OutcomeBand::Pass;
    case Truth::False: return OutcomeBand::Fail;
    case Truth::Unknown: return OutcomeBand::Missing;
    }
    return OutcomeBand::Neutral;
}

OutcomeBand OutcomeShades::levelBand(const QString& levelCode)
{
    if (levelCode.isEmpty())
        return OutcomeBand::NeedsDecision;
    if (levelCode == u"chua_dat" || levelCode == u"kht" || levelCode == u"kem")
        return OutcomeBand::Fail;
    return OutcomeBand::Pass;
}

OutcomeBand OutcomeShades::band(const ScoreCard& card)
{
    if (!card.rated)
        return OutcomeBand::NotApplicable;
    if (card.needsDecision())
        return OutcomeBand::NeedsDecision;
    return levelBand(card.level);
}

QString OutcomeShades::of(OutcomeBand band)
{
    switch (band) {
    case OutcomeBand::Neutral: return {};
    case OutcomeBand::Pass: return passShade;
    case OutcomeBand::Fail: return failShade;
    case OutcomeBand::Missing: return missingShade;
    case OutcomeBand::NeedsDecision: return decisionShade;
    case OutcomeBand::NotApplicable: return notApplicableShade;
    }
    return {};
}

QString OutcomeShades::ofLevel(const QString& levelCode)
{
    if (levelCode == u"htxs" || levelCode == u"tot")
        return excellentShade;
    if (levelCode == u"htt")
        return goodShade;
    if (levelCode == u"kha")
        return fairShade;
    if (levelCode == u"ht" || levelCode == u"trung_binh")
        return enoughShade;
    if (levelCode == u"kht" || levelCode == u"kem")
        return poorShade;
    return of(levelBand(levelCode));
}

QString OutcomeShades::of(const ScoreCard& card)
{
    const OutcomeBand cardBand = band(card);
    if (cardBand == OutcomeBand::Pass || cardBand == OutcomeBand::Fail)
        return ofLevel(card.level);
    return of(cardBand);
}

} // namespace chibo
