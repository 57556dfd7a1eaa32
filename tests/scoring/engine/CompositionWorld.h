// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineScenario.h"
#include "scoring/CriteriaSet.h"

#include <QList>
#include <QUuid>

namespace chibo::test {

/// Files that read other files' results, and a province to run them on:
/// - "chat-luong-hop-cu" (meetings until 2025-10-27): TOT from 85 % attendance, KHA from 70 %, else KDAT;
/// - "chat-luong-hop-moi" (meetings from 2025-10-28): TOT when at least 90 minutes and 85 % attendance;
/// - "chi-bo-kieu-mau-thu" (cells, yearly): DAT when at least 3 meetings, and 3/4 of them, reached KHA,
///   reading the new file's results and the old one's before it;
/// - "xep-loai-thu" (members, yearly): entered points, HTXS from 90, HTT from 70, a 20 % HTXS quota.
/// Chi bộ buôn Ea Kring met on 10/3 (4 of 5), 10/4, 10/11 (60 minutes) and 10/12; eleven members of
/// Đảng ủy xã Ea Sin entered their points: nine HTT and two HTXS.
class CompositionWorld {
public:
    CompositionWorld();

    static CriteriaSet::Loaded loadFiles();
    /// The files' set; the test fails, naming each problem, when they do not load cleanly.
    static CriteriaSet loadedSet();

    EngineScenario scenario;
    QList<QUuid> meetings; ///< by date
    QList<QUuid> members;
};

} // namespace chibo::test
