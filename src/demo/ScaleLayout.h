// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"

#include <QList>
#include <QString>

namespace chibo {

class DemoRandom;
class ScaleContext;

/// The organisation tree of a synthetic province: the province committee, one commune committee for
/// every 90 cells, and under each commune its cells: mostly grassroots cells, with now and then a
/// grassroots committee of three subordinate cells. Cell sizes follow a skewed distribution (many small
/// and middling cells, a few large ones) between 3 and 200 that adds up exactly to the members asked for.
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

    void addCommune(int index, int firstCell, int cellCount, const QUuid& provinceId);
    Organisation& addOrganisation(const QString& key, const QUuid& parentId, const QString& name,
                                  OrgKind kind, CellType type, DemoRandom& random);
    void addCell(const QString& key, const Organisation& parent, const QString& upperName, CellType type,
                 Names& names, DemoRandom& random);
    static CellType drawType(DemoRandom& random);
    static double weightOf(CellType type, DemoRandom& random);
    void sizeCells();

    ScaleContext& m_context;
    QList<double> m_weights;
};

} // namespace chibo
