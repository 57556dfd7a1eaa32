// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Organisation.h"

#include <QDate>
#include <QHash>

namespace chibo {

/// Cuts histories at the day the demo is seen from: the demo is written for all of 2025 and 2026,
/// and nothing may be recorded after asOf. Registrations and posts that end later are open again.
class AsOfClipper {
public:
    AsOfClipper(QDate asOf, const QList<Organisation>& organisations);

    /// Clips `member`; false when the member is not admitted yet on asOf (the record is dropped).
    bool clip(Member& member) const;
    void clip(Organisation& organisation) const;

private:
    QDate m_asOf;
    QHash<QUuid, CellType> m_cellTypes;
};

} // namespace chibo
