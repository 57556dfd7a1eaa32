// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/MemberTimeline.h"
#include "demo/DemoIds.h"
#include "demo/DemoRandom.h"
#include "demo/ScaleOptions.h"

#include <QList>
#include <QString>

#include <vector>

namespace chibo {

/// One generated cell: where it sits in the dataset, what kind of unit it serves and its members.
struct ScaleCell {
    QUuid orgId;
    QString key; ///< stable key used in ids and random streams, e.g. "x12/c7"
    QString name;
    CellType type = CellType::Residential;
    QDate established;
    QString place;            ///< where the cell meets
    QString upperName;        ///< the committee that rates it, e.g. "Đảng ủy xã Ea Kiết"
    int size = 0;             ///< members created in the cell
    QList<qsizetype> members; ///< indexes into the dataset's members, filled by ScaleMembers
};

/// What the scale builders share: the options, the ids, the dataset under construction, the cells and,
/// once the members are final, their timelines.
class ScaleContext {
public:
    explicit ScaleContext(const ScaleOptions& options);

    const ScaleOptions& options() const { return m_options; }
    const DemoIds& ids() const { return m_ids; }
    DemoRandom random(const QString& stream) const { return DemoRandom(m_options.seed, stream); }
    Dataset& data() { return m_data; }
    const Dataset& data() const { return m_data; }
    QList<ScaleCell>& cells() { return m_cells; }
    const QList<ScaleCell>& cells() const { return m_cells; }

    /// Builds the timelines; call once the member list will no longer change.
    void indexMembers();
    const MemberTimeline& timeline(qsizetype memberIndex) const { return m_timelines.at(memberIndex); }

private:
    ScaleOptions m_options;
    DemoIds m_ids;
    Dataset m_data;
    QList<ScaleCell> m_cells;
    std::vector<MemberTimeline> m_timelines;
};

} // namespace chibo
