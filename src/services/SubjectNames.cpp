// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SubjectNames.h"

namespace chibo {

SubjectNames::SubjectNames(const Dataset& dataset)
{
    m_names.reserve(dataset.organisations.size() + dataset.members.size() + dataset.meetings.size());
    for (const Organisation& org : dataset.organisations)
        m_names.insert(org.id, org.name);
    for (const Member& member : dataset.members) {
        m_names.insert(member.id, member.fullName);
        m_sortKeys.insert(member.id, member.sortGivenName());
    }
    for (const Meeting& meeting : dataset.meetings) {
        m_names.insert(meeting.id, meeting.date.toString(u"dd/MM/yyyy") + QStringLiteral(" — ") +
                                       m_names.value(meeting.orgId));
    }
}

QString SubjectNames::of(const QUuid& id) const
{
    const auto found = m_names.constFind(id);
    return found == m_names.cend() ? id.toString(QUuid::WithoutBraces) : *found;
}

} // namespace chibo
