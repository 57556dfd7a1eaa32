// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"

#include <QUuid>

namespace chibo::test {

/// Huyện ủy Krông Búk → Đảng bộ xã Ea Sin → Chi bộ buôn Ea Kring (with Tổ đảng số 1), Chi bộ thôn 1
/// (established 1 March 2025) and Chi bộ thôn 3; members, meetings January–May 2025 at Ea Kring and
/// April at thôn 1, targets, disciplines, violations, leave, dues and commendations. Read with
/// asOf 15 June 2025; the facts each test relies on are stated in CommuneWorld.cpp.
struct CommuneWorld {
    static Dataset build();

    static QUuid huyen();
    static QUuid xa();
    static QUuid eaKring();
    static QUuid thon1();
    static QUuid thon3();
    static QUuid toDang();
    /// A member or a record by its name in the world.
    static QUuid id(const QString& name);
};

} // namespace chibo::test
