// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditTrail.h"

#include "core/AuditChain.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/Transaction.h"

namespace chibo {

namespace {

/// Problems beyond this many are counted, not listed: a trail rewritten by hand breaks at every row.
constexpr qsizetype MaximumListedProblems = 100;

/// Checks one entry against the one read before it (`previous`, sequence 0 before the first).
void check(const AuditEntry& entry, const AuditEntry& previous, AuditVerification& found)
{
    const auto report = [&](qint64 sequence, const QString& message) {
        if (found.problems.size() < MaximumListedProblems)
            found.problems.append({sequence, message});
    };
    if (entry.sequence != previous.sequence + 1) {
        report(previous.sequence + 1,
               AuditTrail::tr("Entries %1 to %2 are missing: they were removed from the "
                              "database.")
                   .arg(previous.sequence + 1)
                   .arg(entry.sequence - 1));
    } else if (entry.previousHash != previous.hash) {
        report(entry.sequence,
               AuditTrail::tr("Entry %1 does not follow entry %2: an entry was removed or put "
                              "in between.")
                   .arg(entry.sequence)
                   .arg(previous.sequence));
    }
    if (AuditChain::hashOf(entry) != entry.hash)
        report(entry.sequence,
               AuditTrail::tr("Entry %1 (%2, %3) was changed after it was written.")
                   .arg(entry.sequence)
                   .arg(entry.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"), entry.userName));
}

} // namespace

Status AuditTrail::record(Storage& storage, const Session& session, AuditEntry entry)
{
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userName = session.accountName.isEmpty() ? session.userName.trimmed() : session.accountName;
    if (entry.userName.isEmpty())
        entry.userName = tr("(unnamed)");
    const Result<AuditEntry> appended = storage.audit().append(std::move(entry));
    return appended ? Status() : Status(appended.error());
}

Status AuditTrail::recordAlone(Workspace& workspace, const Session& session, AuditEntry entry)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (Status recorded = record(workspace.storage(), session, std::move(entry)); !recorded)
        return recorded;
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditTrail::latest(const Workspace& workspace, const Session& session, int limit)
{
    if (Status allowed = Permissions::mayReadAudit(session); !allowed)
        return allowed.error();
    return workspace.storage().audit().latest(limit);
}

Result<QList<AuditEntry>> AuditTrail::all(const Workspace& workspace, const Session& session)
{
    if (Status allowed = Permissions::mayReadAudit(session); !allowed)
        return allowed.error();
    QList<AuditEntry> entries;
    const Status read = workspace.storage().audit().each([&](const AuditEntry& entry) -> Status {
        entries.append(entry);
        return {};
    });
    if (!read)
        return read.error();
    return entries;
}

Result<AuditVerification> AuditTrail::verify(const Workspace& workspace)
{
    AuditVerification found;
    AuditEntry previous;
    const Status read = workspace.storage().audit().each([&](const AuditEntry& entry) -> Status {
        check(entry, previous, found);
        ++found.entries;
        previous = entry;
        return {};
    });
    if (!read)
        return read.error();
    found.headHash = previous.hash;
    return found;
}

} // namespace chibo
