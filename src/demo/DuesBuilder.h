// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DuesRecord.h"
#include "core/Member.h"

#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Party dues: one record per member and month for every month of the demo up to asOf in which the
/// member belongs to a cell of the commune. Exempt members are exempt; the member later removed pays
/// nothing from June 2025; a few other months are unpaid. Paid and unpaid records carry the monthly
/// amount due; exempt records carry 0.
class DuesBuilder {
public:
    explicit DuesBuilder(const DemoContext& context);

    QList<DuesRecord> build() const;

private:
    /// In đồng: 1% of salary for members paid by the state, a flat amount for farmers, more for pensioners.
    static qint64 monthlyAmount(const Member& member, DemoRandom& random);
    bool activeIn(const Member& member, YearMonth month) const;

    const DemoContext& m_context;
};

} // namespace chibo
