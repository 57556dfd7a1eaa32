// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/MemberState.h"
#include "core/PositionTerm.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace chibo {

/// What a MemberTableModel derives for one member on its day, computed once (MemberTableContent::build),
/// never while painting, sorting or filtering.
struct MemberTableRow {
    MemberState state;
    QUuid cellId; ///< the cell of record on the day
    QString cellName;
    QList<Position> positionList; ///< posts held on the day
    QString positions;            ///< translated, comma-separated
    QString status;               ///< translated
    int partyAge = -1;            ///< full years since the admission decision; -1 when not a member
};

} // namespace chibo
