// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/FirstProblem.h"

#include "dataset/DocumentOrder.h"

namespace chibo {

void FirstProblem::report(Error problem)
{
    if (!m_first || (m_order && m_order->precedes(problem.location, m_first->location)))
        m_first = std::move(problem);
}

} // namespace chibo
