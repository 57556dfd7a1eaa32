// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MeetingQualityForms.h"

#include <algorithm>

namespace chibo {

namespace {

bool givesPoints(const Criteria& file)
{
    return std::any_of(file.indicators.cbegin(), file.indicators.cend(),
                       [](const Indicator& item) { return item.givesPoints(); });
}

} // namespace

MeetingQualityForms MeetingQualityForms::of(const QList<const Criteria*>& applicable)
{
    MeetingQualityForms withPoints{{}, true};
    MeetingQualityForms withLevels{{}, false};
    for (const Criteria* file : applicable) {
        if (file->subject != SubjectKind::Meeting || file->example)
            continue;
        if (givesPoints(*file))
            withPoints.files.append(file);
        else if (!file->levels.isEmpty())
            withLevels.files.append(file);
    }
    return withPoints.isEmpty() ? withLevels : withPoints;
}

const Criteria* MeetingQualityForms::find(const QString& criteriaId) const
{
    const auto found = std::find_if(files.cbegin(), files.cend(),
                                    [&](const Criteria* file) { return file->id == criteriaId; });
    return found == files.cend() ? nullptr : *found;
}

MeetingQualityForms::CriteriaCount MeetingQualityForms::criteriaMet(const ScoreCard& card)
{
    CriteriaCount count;
    for (const IndicatorResult& item : card.indicators) {
        if (item.outcome == IndicatorOutcome::Pass || item.outcome == IndicatorOutcome::Fail ||
            (item.outcome == IndicatorOutcome::Missing && !item.passChecks.isEmpty())) {
            ++count.judged;
            count.met += item.outcome == IndicatorOutcome::Pass ? 1 : 0;
        }
    }
    return count;
}

} // namespace chibo
