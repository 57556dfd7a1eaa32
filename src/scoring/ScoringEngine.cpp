// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/ScoringEngine.h"

#include "scoring/engine/EngineRun.h"
#include "scoring/engine/QuotaCheck.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace chibo {

namespace {

/// A meeting file is in force per meeting date: one that ends (or starts) within the period judges the
/// meetings of its days even though it is not in force on the period's last day.
const Criteria* meetingFileWithin(const CriteriaSet& criteria, const QString& id, const ScoringInput& input)
{
    for (const Criteria& file : criteria.files()) {
        if (file.id == id && file.subject == SubjectKind::Meeting && file.validFrom <= input.periodEnd() &&
            (!file.validTo.isValid() || file.validTo >= input.periodStart()))
            return &file;
    }
    return nullptr;
}

} // namespace

ScoringEngine::ScoringEngine(const CriteriaSet& criteria)
    : m_criteria(criteria)
{}

Result<ScoreRun> ScoringEngine::evaluate(const QString& criteriaId, const ScoringInput& input) const
{
    return evaluate(QStringList{criteriaId}, input);
}

Result<ScoreRun> ScoringEngine::evaluate(const QStringList& criteriaIds, const ScoringInput& input) const
{
    if (!input.dataset)
        return Error{QStringLiteral("scoring.no-input"), tr("There are no records to evaluate."), {}};
    QList<const Criteria*> files;
    for (const QString& criteriaId : criteriaIds) {
        const Criteria* file = m_criteria.find(criteriaId, input.periodEnd());
        if (!file)
            file = meetingFileWithin(m_criteria, criteriaId, input);
        if (!file) {
            return Error{QStringLiteral("scoring.no-criteria"),
                         tr("No criteria file “%1” is in force for the period ending on %2.")
                             .arg(criteriaId, input.periodEnd().toString(Qt::ISODate)),
                         {}};
        }
        files.append(file);
    }
    EngineRun run(m_criteria, input);
    // A meeting is judged by the version in force on its date; other subjects by the period's file.
    std::map<QString, std::pair<const Criteria*, QList<ScoreCard*>>> evaluated; // by id@valid_from
    for (const Criteria* file : files) {
        for (const SubjectRef& subject : run.metrics().subjects(file->subject)) {
            const Criteria* own =
                file->subject == SubjectKind::Meeting ? m_criteria.find(file->id, subject.to) : file;
            if (!own)
                continue;
            if (ScoreCard* card = run.card(*own, subject)) {
                auto& slot = evaluated[own->id + u'@' + own->validFrom.toString(Qt::ISODate)];
                slot.first = own;
                if (!slot.second.contains(card))
                    slot.second.append(card);
            }
        }
    }
    ScoreRun out;
    for (const auto& entry : evaluated)
        out.quotas += QuotaCheck::apply(*entry.second.first, entry.second.second, run.metrics());
    std::stable_sort(out.quotas.begin(), out.quotas.end(), [](const QuotaState& a, const QuotaState& b) {
        return std::tie(a.criteriaId, a.scopeOrgId) < std::tie(b.criteriaId, b.scopeOrgId);
    });
    out.cards = run.cache().takeCards();
    return out;
}

} // namespace chibo
