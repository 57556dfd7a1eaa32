// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ScoreCard.h"
#include "scoring/Node.h"
#include "scoring/ScoringInput.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <memory>

namespace chibo {

struct Meeting;
struct Member;
struct Organisation;

/// A subject to evaluate and its effective period (ending no later than the input's asOf).
struct SubjectRef {
    SubjectKind kind = SubjectKind::OrganisationYear;
    QUuid id;    ///< meeting, member or organisation
    QUuid orgId; ///< the organisation it belongs to (a member's official cell; a meeting's cell)
    QDate from;
    QDate to;
    QString period; ///< "2025", "2025-03", "2025-03-14"

    /// Whether `day` lies in the effective period.
    bool contains(QDate day) const { return day >= from && day <= to; }
    bool operator==(const SubjectRef&) const = default;
};

/// A metric's value for one subject, with its inputs and the records behind it.
struct MetricValue {
    ScoreValue value;
    QList<NamedValue> inputs;
    QList<RecordRef> records;
};

/// Everything the metrics need, indexed in one pass over the snapshot when constructed: members by
/// cell, meetings by organisation and month, attendance runs, targets, disciplines, leave and dues by
/// owner. Every lookup afterwards is a hash or map access; nothing is recomputed per indicator.
class MetricIndex {
public:
    explicit MetricIndex(const ScoringInput& input);
    ~MetricIndex();
    MetricIndex(const MetricIndex&) = delete;
    MetricIndex& operator=(const MetricIndex&) = delete;

    /// The subjects of a kind in the input's scope and period, in a stable order (organisations by
    /// tree order, members by official cell then id, meetings by date then id, months in order).
    QList<SubjectRef> subjects(SubjectKind kind) const;
    /// The subjects related to `subject` that a `results` expression reads.
    QList<SubjectRef> related(const SubjectRef& subject, ResultsQuery::Over over) const;
    /// A catalog metric for a subject. `args` hold every argument, defaults filled in by the loader.
    MetricValue value(const QString& metric, const QMap<QString, QString>& args,
                      const SubjectRef& subject) const;

    const Organisation* organisation(const QUuid& id) const;
    const Member* member(const QUuid& id) const;
    const Meeting* meeting(const QUuid& id) const;
    /// The grassroots organisation (đảng bộ cơ sở or chi bộ cơ sở) an organisation is in; null if none.
    QUuid grassrootsOf(const QUuid& orgId) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace chibo
