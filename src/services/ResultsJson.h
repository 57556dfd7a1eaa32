// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace chibo {

/// What a run was asked for, written at the head of a results document.
struct ResultsRequest {
    QString command; ///< "score" or "classify"
    QStringList criteriaIds;
    QUuid orgId;
    int year = 0;
    int month = 0;
    QDate asOf;
};

/// The stable JSON form of results (docs/results-format.md). Objects have sorted keys and arrays keep
/// the engine's order, so the same data and criteria files give byte-identical documents.
class ResultsJson {
public:
    static QByteArray document(const ResultsRequest& request, const ScoreRun& run);
    static QJsonObject card(const ScoreCard& card);
    static QJsonObject quota(const QuotaState& quota);
};

} // namespace chibo
