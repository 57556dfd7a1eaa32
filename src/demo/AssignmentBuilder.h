// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Assignment.h"
#include "demo/OrgLayout.h"

#include <QList>

namespace chibo {

class DemoContext;
class DemoRandom;

/// Responsibilities (phân công) with follow-up notes: every member of the buôn Ea Kring cell and some
/// members of the other villages follow a group of households; upper-committee members follow a cell;
/// a full member helps each candidate towards admission.
class AssignmentBuilder {
public:
    explicit AssignmentBuilder(const DemoContext& context);

    QList<Assignment> build() const;

private:
    QList<Assignment> households(const OrgLayout::Unit& unit, int percent) const;
    QList<Assignment> followers() const;
    QList<Assignment> mentors() const;
    /// A note every three months from `from` up to `to` (or asOf).
    QList<FollowUp> followUps(DemoRandom& random, QDate from, QDate to, int kind) const;

    const DemoContext& m_context;
};

} // namespace chibo
