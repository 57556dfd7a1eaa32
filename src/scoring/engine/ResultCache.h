// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Criteria.h"
#include "scoring/MetricIndex.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <unordered_map>

namespace chibo {

/// The cards of one evaluation, one per (criteria file, subject): a file read by several others, or by
/// several subjects, is evaluated once. An entry is "in progress" while its card is being built, which
/// stops a reference cycle the set of files should already have refused.
class ResultCache {
public:
    enum class State { Absent, InProgress, Done };

    State state(const Criteria& file, const SubjectRef& subject) const;
    void begin(const Criteria& file, const SubjectRef& subject);
    ScoreCard* store(const Criteria& file, const SubjectRef& subject, ScoreCard card);
    ScoreCard* find(const Criteria& file, const SubjectRef& subject);

    /// Every finished card, by (criteria id, subject kind, period, subject id), moved out of the cache.
    QList<ScoreCard> takeCards();

private:
    /// A file of the run's criteria set (each id and valid_from once, so its address names it), the
    /// subject's kind, period and id.
    struct Key {
        const Criteria* file = nullptr;
        int kind = 0;
        QString period;
        QUuid subject;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key& key) const noexcept;
    };
    static Key key(const Criteria& file, const SubjectRef& subject);

    // Node-based, so the cards handed out stay where they are while others are added.
    std::unordered_map<Key, std::optional<ScoreCard>, KeyHash> m_cards;
};

} // namespace chibo
