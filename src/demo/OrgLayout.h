// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace chibo {

class DemoIds;

/// The demo's organisation tree: the commune committee of Ea Sin, its grassroots cells, and one
/// grassroots committee with two subordinate cells. Units are listed parents first.
class OrgLayout {
public:
    struct Unit {
        QString key; ///< stable key used in ids, e.g. "thon-1"
        QString parentKey;
        QString name;
        OrgKind kind = OrgKind::GrassrootsCell;
        CellType type = CellType::Residential;
        QString shortName;
        QString locality;
        QDate established;
        int memberSlots = 0;    ///< members registered in the cell over the demo period
        int committeeSeats = 0; ///< 0 none, 2 a secretary and a deputy, 3 or more a chi ủy
        int edePercent = 0;     ///< share of Ê Đê members among the generated ones
        int femalePercent = 40;
        QString place; ///< where the cell meets
        QDate previousCongress;
        QDate congress2025;

        bool isCell() const { return kind == OrgKind::GrassrootsCell || kind == OrgKind::SubordinateCell; }
    };

    static const QList<Unit>& units();
    /// The unit with `key`; nullptr when there is none.
    static const Unit* find(const QString& key);
    static Organisation organisation(const Unit& unit, const DemoIds& ids);
    static QUuid idOf(const QString& key, const DemoIds& ids);

private:
    static QList<Unit> build();
    static QList<OrgTerm> termsOf(const Unit& unit, const DemoIds& ids);
};

} // namespace chibo
