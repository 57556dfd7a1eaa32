// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/YearLock.h"

#include "core/OrgTree.h"
#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/OrgSnapshot.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace chibo {

namespace {

QString shownTime(const QDateTime& at)
{
    return at.toLocalTime().toString(u"dd/MM/yyyy HH:mm");
}

} // namespace

Status YearLock::lock(Workspace& workspace, const Session& session, const QUuid& orgId, int year)
{
    return lock(workspace, session, orgId, year, QDateTime::currentDateTimeUtc());
}

Status YearLock::lock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                      const QDateTime& at)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const OrgTree& tree = (*organisations)->tree();
    const auto found = (*organisations)->require(orgId);
    if (!found)
        return found.error();
    const Organisation* org = *found;
    if (Status allowed = Permissions::mayDecide(session, tree, orgId); !allowed)
        return allowed;
    if (year < 1900 || year > 9999)
        return Error{
            QStringLiteral("invalid_year"), tr("%1 is not a year that can be locked.").arg(year), {}};
    if (session.userName.trimmed().isEmpty())
        return Error{QStringLiteral("name_required"),
                     tr("Locking a year needs the name of the person who locks it."),
                     {}};
    const auto locks = locksCovering(workspace, tree, {orgId});
    if (!locks)
        return locks.error();
    for (const LockedYear& existing : *locks) {
        if (existing.year != year)
            continue;
        const Organisation* holder = tree.find(existing.orgId);
        return Error{QStringLiteral("already_locked"),
                     tr("The classification of %1 is already locked for %2 (by %3 on %4).")
                         .arg(QString::number(year), holder ? holder->name : org->name, existing.lockedBy,
                              shownTime(existing.lockedAt)),
                     {}};
    }
    const YearLockEntry entry{orgId, year, at, session.userName.trimmed(), {}, {}, {}};
    if (Status locked = workspace.storage().locks().lock(entry); !locked)
        return locked;
    const AuditEntry audited =
        AuditRecords::act(QStringLiteral("lock"), QStringLiteral("year"), orgId, orgId,
                          tr("Locked the classification of %1 for %2").arg(year).arg(org->name));
    if (Status recorded = AuditTrail::record(workspace.storage(), session, audited); !recorded)
        return recorded;
    return transaction.commit();
}

Status YearLock::unlock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                        const QString& reason)
{
    return unlock(workspace, session, orgId, year, reason, QDateTime::currentDateTimeUtc());
}

Status YearLock::unlock(Workspace& workspace, const Session& session, const QUuid& orgId, int year,
                        const QString& reason, const QDateTime& at)
{
    if (Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty() || session.userName.trimmed().isEmpty())
        return Error{QStringLiteral("reason_required"),
                     tr("Unlocking a year needs the reason and the name of the person who unlocks it."),
                     {}};
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const OrgTree& tree = (*organisations)->tree();
    const auto found = (*organisations)->require(orgId);
    if (!found)
        return found.error();
    const Organisation* org = *found;
    const auto covering = locksCovering(workspace, tree, {orgId});
    if (!covering)
        return covering.error();
    for (const LockedYear& existing : *covering) {
        if (existing.year != year)
            continue;
        if (existing.orgId == orgId) {
            const Status unlocked = workspace.storage().locks().unlock(
                orgId, year, at, session.userName.trimmed(), reason.trimmed());
            if (!unlocked)
                return unlocked;
            const AuditEntry audited =
                AuditRecords::act(QStringLiteral("unlock"), QStringLiteral("year"), orgId, orgId,
                                  tr("Unlocked the classification of %1 for %2: %3")
                                      .arg(year)
                                      .arg(org->name, reason.trimmed()));
            if (Status recorded = AuditTrail::record(workspace.storage(), session, audited); !recorded)
                return recorded;
            return transaction.commit();
        }
        const Organisation* holder = tree.find(existing.orgId);
        return Error{QStringLiteral("not_locked"),
                     tr("The classification of %1 is locked for %2, above %3; unlock it there.")
                         .arg(QString::number(year), holder ? holder->name : QString(), org->name),
                     {}};
    }
    return Error{QStringLiteral("not_locked"),
                 tr("The classification of %1 is not locked for %2.").arg(QString::number(year), org->name),
                 {}};
}

Result<std::optional<LockedYear>> YearLock::lockOf(const Workspace& workspace, const QUuid& orgId, int year)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const auto locks = locksCovering(workspace, (*organisations)->tree(), {orgId});
    if (!locks)
        return locks.error();
    for (const LockedYear& lock : *locks) {
        if (lock.year == year)
            return std::optional<LockedYear>(lock);
    }
    return std::optional<LockedYear>();
}

Result<QList<LockedYear>> YearLock::locksCovering(const Workspace& workspace, const OrgTree& tree,
                                                  const QList<QUuid>& orgIds)
{
    QList<QUuid> lineage;
    QSet<QUuid> seen;
    const auto add = [&](const QUuid& id) {
        if (!id.isNull() && !seen.contains(id)) {
            seen.insert(id);
            lineage.append(id);
        }
    };
    for (const QUuid& orgId : orgIds) {
        const QList<const Organisation*> line = tree.lineage(orgId);
        if (line.isEmpty())
            add(orgId);
        for (const Organisation* org : line)
            add(org->id);
    }
    if (lineage.isEmpty())
        return QList<LockedYear>();
    const auto current = workspace.storage().locks().current(lineage, 0);
    if (!current)
        return current.error();
    // Nearest first: in the order of the lineage, then by year.
    QHash<QUuid, qsizetype> rank;
    for (qsizetype i = 0; i < lineage.size(); ++i)
        rank.insert(lineage[i], i);
    QList<LockedYear> locks;
    for (const YearLockEntry& entry : *current)
        locks.append(LockedYear{entry.orgId, entry.year, entry.lockedAt, entry.lockedBy});
    std::stable_sort(locks.begin(), locks.end(), [&](const LockedYear& a, const LockedYear& b) {
        return rank.value(a.orgId) < rank.value(b.orgId);
    });
    return locks;
}

} // namespace chibo
