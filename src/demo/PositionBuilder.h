// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "demo/OrgLayout.h"

#include <QHash>
#include <QList>

namespace chibo {

class DemoContext;

/// Committee posts over two terms: in every cell (a chi ủy of secretary, deputy and committee members
/// from 9 full members, else a secretary and a deputy), in the grassroots committee and in the commune
/// committee. In some cells the secretary changes at the 2025 congress.
class PositionBuilder {
public:
    PositionBuilder(const DemoContext& context, QList<Member>& members);

    void build();

private:
    void addCellPosts(const OrgLayout::Unit& unit);
    void addSeats();
    void add(int slotIndex, const QString& cellKey, const OrgLayout::Unit& org, Position position, QDate from,
             QDate to);

    const DemoContext& m_context;
    QList<Member>& m_members;
    QHash<QUuid, qsizetype> m_index;
};

} // namespace chibo
