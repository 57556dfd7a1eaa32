// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Error.h"
#include "core/JsonPath.h"
#include "core/MemberTimeline.h"
#include "dataset/ReferenceChecks.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace chibo {

/// The domain rules of src/core applied to a whole dataset, over the indexes ReferenceChecks built.
/// Records whose references are broken are skipped here: that is ReferenceChecks' finding.
class DomainChecks {
    Q_DECLARE_TR_FUNCTIONS(DomainChecks)

public:
    /// `dataset` and `index` must outlive this; problems are appended to `errors`.
    DomainChecks(const Dataset& dataset, const ReferenceChecks& index, QList<Error>& errors);

    /// Members' histories are consistent (MemberTimeline::check).
    void checkMembers();
    /// Meetings are held by cells or grassroots committees; chair and minute-taker are Party members on
    /// the day; attendance rows are only for members expected at the meeting.
    void checkMeetings();
    /// Discipline forms are allowed for their subject (DisciplineRules).
    void checkDisciplines();

private:
    const MemberTimeline* timelineOf(const QUuid& memberId) const
    {
        const qsizetype index = m_index.memberIndex(memberId);
        return index < 0 ? nullptr : &m_timelines[std::size_t(index)];
    }
    void report(const JsonPath& at, const QString& code, const QString& message);
    void checkOfficer(const Meeting& meeting, const QUuid& memberId, const JsonPath& at, bool chair);
    void checkAttendance(const Meeting& meeting, const JsonPath& at);

    const Dataset& m_dataset;
    const ReferenceChecks& m_index;
    QList<Error>& m_errors;
    std::vector<MemberTimeline> m_timelines; ///< one per member, in the dataset's order
};

} // namespace chibo
