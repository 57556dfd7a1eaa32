// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/engine/ResultCache.h"

#include <algorithm>

namespace chibo {

ResultCache::State ResultCache::state(const Criteria& file, const SubjectRef& subject) const
{
    const auto found = m_cards.find(key(file, subject));
    if (found == m_cards.end())
        return State::Absent;
    return found->second ? State::Done : State::InProgress;
}

void ResultCache::begin(const Criteria& file, const SubjectRef& subject)
{
    m_cards.emplace(key(file, subject), std::nullopt);
}

ScoreCard* ResultCache::store(const Criteria& file, const SubjectRef& subject, ScoreCard card)
{
    std::optional<ScoreCard>& slot = m_cards[key(file, subject)];
    slot = std::move(card);
    return &*slot;
}

ScoreCard* ResultCache::find(const Criteria& file, const SubjectRef& subject)
{
    const auto found = m_cards.find(key(file, subject));
    if (found == m_cards.end() || !found->second)
        return nullptr;
    return &*found->second;
}

QList<ScoreCard> ResultCache::takeCards()
{
    QList<ScoreCard> out;
    out.reserve(qsizetype(m_cards.size()));
    for (auto& entry : m_cards) {
        if (entry.second)
            out.append(std::move(*entry.second));
    }
    m_cards.clear();
    std::sort(out.begin(), out.end(), [](const ScoreCard& a, const ScoreCard& b) {
        const int kindA = int(a.subjectKind);
        const int kindB = int(b.subjectKind);
        return std::tie(a.criteriaId, kindA, a.period, a.subjectId) <
               std::tie(b.criteriaId, kindB, b.period, b.subjectId);
    });
    return out;
}

ResultCache::Key ResultCache::key(const Criteria& file, const SubjectRef& subject)
{
    return {&file, int(subject.kind), subject.period, subject.id};
}

size_t ResultCache::KeyHash::operator()(const Key& key) const noexcept
{
    return qHashMulti(0, key.file, key.kind, key.period, key.subject);
}

} // namespace chibo
