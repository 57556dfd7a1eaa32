// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

#include "demo/OrgLayout.h"

namespace chibo {

DemoContext::DemoContext(quint64 seed, QDate asOf)
    : m_seed(seed)
    , m_asOf(asOf)
    , m_ids(seed)
{}

QUuid DemoContext::orgId(const QString& key) const
{
    return OrgLayout::idOf(key, m_ids);
}

bool DemoContext::claimName(const QString& fullName)
{
    if (m_names.contains(fullName))
        return false;
    m_names.insert(fullName);
    return true;
}

void DemoContext::indexMembers()
{
    m_memberIndex.clear();
    m_membersByOrg.clear();
    m_timelines.clear();
    m_timelines.reserve(std::size_t(m_data.members.size()));
    for (qsizetype i = 0; i < m_data.members.size(); ++i) {
        const Member& m = m_data.members.at(i);
        m_memberIndex.insert(m.id, i);
        m_timelines.emplace_back(m);
        for (const CellMembership& period : m.memberships) {
            QList<qsizetype>& list = m_membersByOrg[period.orgId];
            if (list.isEmpty() || list.last() != i)
                list.append(i);
        }
    }
}

const Member* DemoContext::member(const QUuid& id) const
{
    const auto it = m_memberIndex.constFind(id);
    return it == m_memberIndex.constEnd() ? nullptr : &m_data.members.at(*it);
}

const MemberTimeline* DemoContext::timeline(const QUuid& memberId) const
{
    const auto it = m_memberIndex.constFind(memberId);
    return it == m_memberIndex.constEnd() ? nullptr : &m_timelines.at(std::size_t(*it));
}

} // namespace chibo
