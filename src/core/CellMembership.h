// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QUuid>

namespace chibo {

/// A period in which a member is registered in a cell, officially or temporarily.
struct CellMembership {
    enum class Kind { Official, Temporary };

    QUuid id;
    QUuid orgId;
    QDate from;
    QDate to; ///< last day in the cell; invalid while open
    Kind kind = Kind::Official;

    bool covers(QDate day) const { return from <= day && (!to.isValid() || day <= to); }
    bool operator==(const CellMembership&) const = default;
};

} // namespace chibo
