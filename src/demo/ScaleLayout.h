// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"

#include <QList>
#include <QString>

namespace chibo {

class DemoRandom;
class ScaleContext;

/// The organisation tree of a synthetic province: the province committee, one commune committee for
/// every 90 cells, and under each commune its cells. Cell sizes follow a skewed distribution (many small
/// and middling cells, a few large ones) between 3 and 200 that adds up exactly to the members asked for.
/// As the Party's charter wants (Điều lệ, Điều 21), a cell of fewer than 30 members is a grassroots cell,
/// and larger ones are subordinate cells of a grassroots committee, up to three to a committee.
class ScaleLayout {
public:
    explicit ScaleLayout(ScaleContext& context);

    /// Appends the organisations, parents first, and the cells with their sizes to the context.
    void build();

    /// Sizes between min and max, in proportion to `weights`, that add up to `total` exactly.
    /// `weights` must be positive and min × count ≤ total ≤ max × count.
    static QList<int> apportion(const QList<double>& weights, int total, int min, int max);

private:
    struct Names;
    struct Planned {
        CellType type = CellType::Residential;
        int size = 0;
    };

    /// Each cell's type and size, in cell order.
    QList<Planned> planCells() const;
    void addCommune(int index, const QList<Planned>& cells, const QUuid& provinceId);
    void addCommittee(const QString& key, const Organisation& commune, const QList<Planned>& cells,
                      Names& names, DemoRandom& random);
    Organisation& addOrganisation(const QString& key, const QUuid& parentId, const QString& name,
                                  OrgKind kind, CellType type, DemoRandom& random);
    void addCell(const QString& key, const Organisation& parent, const QString& name,
                 const QString& upperName, const Planned& planned, DemoRandom& random);
    static QString unitName(CellType type, Names& names, DemoRandom& random);
    static CellType drawType(DemoRandom& random);
    static double weightOf(CellType type, DemoRandom& random);

    ScaleContext& m_context;
};

} // namespace chibo
