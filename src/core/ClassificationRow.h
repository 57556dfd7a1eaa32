// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Rational.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace chibo {

/// One member's or organisation's year-end classification as the page lists it: the proposal, the
/// decision recorded for it and the level that follows, with the texts people read. Built once per
/// run by the page (which knows the rules and names); the model only shows it.
struct ClassificationRow {
    QString criteriaId;
    QUuid subjectId;
    bool isMember = true;
    QString subjectName;
    QString sortGivenName; ///< members: the given name they sort by
    QUuid orgId;           ///< the member's cell, or the organisation itself
    QString cellName;      ///< members: their cell; organisations: the organisation above them

    bool rated = true;
    QString proposedLevel; ///< a level code, "" when not rated or undetermined
    QString decidedLevel;  ///< "" when no decision is recorded
    QString finalLevel;    ///< the decided level, else the proposed one
    QString proposedLabel; ///< the level's name in the rules ("Hoàn thành tốt nhiệm vụ")
    QString decidedLabel;
    std::optional<Rational> points;
    std::optional<Rational> maxPoints;
    QStringList flags;    ///< the labels of what a person must decide
    QString reason;       ///< why this level, in one sentence (or why not rated)
    QString explanation;  ///< every rule tried, one per line, for the tooltip and the decision dialog
    QString decisionNote; ///< "decided by … on …: reason", "" without a decision

    bool needsDecision() const { return rated && (proposedLevel.isEmpty() || !flags.isEmpty()); }
    bool isDecided() const { return !decidedLevel.isEmpty(); }
    bool differsFromProposal() const { return isDecided() && decidedLevel != proposedLevel; }
};

} // namespace chibo
