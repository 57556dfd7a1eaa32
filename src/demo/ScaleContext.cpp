// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ScaleContext.h"

namespace chibo {

ScaleContext::ScaleContext(const ScaleOptions& options)
    : m_options(options)
    , m_ids(options.seed)
{}

void ScaleContext::indexMembers()
{
    m_timelines.clear();
    m_timelines.reserve(m_data.members.size());
    for (const Member& member : std::as_const(m_data.members))
        m_timelines.emplace_back(member);
}

} // namespace chibo
