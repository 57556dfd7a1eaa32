// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/EditContext.h"

#include "core/Labels.h"
#include "services/AuditTrail.h"
#include "services/Permissions.h"
#include "services/TrashPayload.h"
#include "services/Workspace.h"
#include "services/YearLock.h"

#include <QDateTime>

namespace chibo {

EditContext::EditContext(Workspace& workspace, const Session& session)
    : m_workspace(workspace)
    , m_session(session)
{}

Status EditContext::open()
{
    m_transaction.emplace(m_workspace.database());
    if (!m_transaction->isActive())
        return m_transaction->beginStatus();
    auto organisations = OrgSnapshot::read(m_workspace);
    if (!organisations)
        return organisations.error();
    m_organisations = std::move(organisations).value();
    return {};
}

Status EditContext::audit(AuditEntry entry) const
{
    return AuditTrail::record(storage(), m_session, std::move(entry));
}

Status EditContext::commit()
{
    return m_transaction->commit();
}

Storage& EditContext::storage() const
{
    return m_workspace.storage();
}

Status EditContext::mayEdit(const QList<QUuid>& orgIds, const QString& label) const
{
    if (orgIds.isEmpty() && m_session.role != Role::Admin)
        return Error{QStringLiteral("permission_denied"),
                     tr("%1 belongs to no organisation, so only an administrator can change it.").arg(label),
                     {}};
    for (const QUuid& orgId : orgIds) {
        if (Status allowed = Permissions::mayEditRecords(m_session, m_organisations->tree(), orgId); !allowed)
            return allowed;
    }
    return {};
}

Status EditContext::notLocked(const QList<QUuid>& orgIds, const QList<YearSpan>& years,
                              const QString& label) const
{
    if (years.isEmpty())
        return {};
    auto cached = m_locks.constFind(orgIds);
    if (cached == m_locks.cend()) {
        auto locks = YearLock::locksCovering(m_workspace, m_organisations->tree(), orgIds);
        if (!locks)
            return locks.error();
        cached = m_locks.insert(orgIds, std::move(locks).value());
    }
    for (const LockedYear& lock : *cached) {
        for (const YearSpan& span : years) {
            if (span.contains(lock.year))
                return Error{QStringLiteral("year_locked"),
                             tr("%1 cannot be changed: the classification of %2 is locked for %3.")
                                 .arg(label, QString::number(lock.year), m_organisations->nameOf(lock.orgId)),
                             {}};
        }
    }
    return {};
}

Result<QUuid> EditContext::toBin(const QString& kind, const QUuid& recordId, const QUuid& orgId,
                                 const QString& label, const Dataset& fragment) const
{
    // The moment of the removal is an audit stamp, not a day the rules read (docs/decisions/0002).
    const TrashEntry entry{QUuid::createUuid(),
                           kind,
                           recordId,
                           orgId,
                           label,
                           TrashPayload::write(fragment),
                           QDateTime::currentDateTimeUtc(),
                           m_session.userName.trimmed().isEmpty() ? Labels::of(m_session.role)
                                                                  : m_session.userName.trimmed()};
    if (Status added = storage().trash().add(entry); !added)
        return added.error();
    return entry.id;
}

Result<Member> EditContext::member(const QUuid& id, const QString& label) const
{
    const auto found = storage().members().find(id);
    if (!found)
        return found.error();
    if (!*found)
        return changedElsewhere(label);
    return **found;
}

Error EditContext::changedElsewhere(const QString& label)
{
    return Error{
        QStringLiteral("changed_elsewhere"),
        tr("%1 was changed elsewhere since it was opened, so nothing was saved. Open it again to see "
           "what is stored now.")
            .arg(label),
        {}};
}

Error EditContext::invalidChange(const QString& reason)
{
    return Error{QStringLiteral("invalid_change"), reason, {}};
}

} // namespace chibo
