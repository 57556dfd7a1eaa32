// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace chibo {

/// One prepared line of a scorecard tree: a card (a meeting, a month), a criterion heading or an
/// indicator, with every text and colour computed once by the page, so that painting reads values only.
struct ScoreCardRow {
    enum class Kind { Card, Section, Indicator };

    Kind kind = Kind::Indicator;
    QStringList texts;       ///< one per ScoreCardTreeModel column; missing ones are empty
    QColor resultBackground; ///< the colour band of the result column; invalid: none
    QColor resultForeground;
    QString toolTip;          ///< the legal reference and the full reason
    int cardIndex = -1;       ///< the card in the page's run
    int indicatorIndex = -1;  ///< the indicator in the card; -1 for card and section rows
    bool hasEvidence = false; ///< records or inputs are behind the value
    QList<ScoreCardRow> children;
};

} // namespace chibo
