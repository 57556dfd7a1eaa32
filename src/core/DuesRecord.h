// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/YearMonth.h"

#include <QUuid>

namespace chibo {

enum class DuesState { Paid, Unpaid, Exempt };

/// Party dues for one member and month; identified by (member, month). Amount in đồng.
struct DuesRecord {
    QUuid memberId;
    YearMonth month;
    DuesState state = DuesState::Paid;
    qint64 amount = 0;

    bool operator==(const DuesRecord&) const = default;
};

} // namespace chibo
