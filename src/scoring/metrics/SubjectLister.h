// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/MetricIndex.h"

namespace chibo {

class MetricData;

/// Lists the subjects of the input's scope and period, and the subjects related to one of them, in
/// a stable order (organisations in tree order, members by official cell then id, meetings by date
/// then id, months in order).
class SubjectLister {
public:
    explicit SubjectLister(const MetricData& data);

    QList<SubjectRef> subjects(SubjectKind kind) const;
    QList<SubjectRef> related(const SubjectRef& subject, ResultsQuery::Over over) const;

    /// Organisations classified yearly: everything but party groups and upper committees.
    static bool isClassified(const Organisation& org);

private:
    QList<const Organisation*> scope() const;
    QString periodText() const;
    bool existsBy(const Organisation& org, QDate day) const;
    SubjectRef meetingSubject(const Meeting& meeting) const;
    SubjectRef yearSubject(const Organisation& org) const;
    void appendMonths(QList<SubjectRef>& out, const Organisation& org, QDate from, QDate to) const;
    QList<SubjectRef> meetings() const;
    QList<SubjectRef> members(const QList<qsizetype>& candidates) const;

    const MetricData& m_data;
};

} // namespace chibo
