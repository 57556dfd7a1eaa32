// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Commendation.h"

#include <QList>

namespace chibo {

class DemoContext;

/// Commendations: Party-age badges (Huy hiệu 30…70 năm tuổi Đảng) on the national days after each
/// anniversary, the commune committee's certificates for 2025, and certificates for two cells.
class CommendationBuilder {
public:
    explicit CommendationBuilder(const DemoContext& context);

    QList<Commendation> build() const;

private:
    QList<Commendation> badges() const;
    QList<Commendation> certificates() const;

    const DemoContext& m_context;
};

} // namespace chibo
