// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"

#include <QByteArray>

namespace chibo {

/// A score card as compact JSON in the results format (docs/results-format.md), written in one pass:
/// byte for byte what QJsonDocument(ResultsJson::card(card)).toJson(Compact) gives, at a fraction of the
/// cost, for storing every card of a province's classification.
class CardJsonWriter {
public:
    static QByteArray write(const ScoreCard& card);
};

} // namespace chibo
