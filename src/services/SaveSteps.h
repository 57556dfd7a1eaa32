// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Change.h"
#include "core/Dataset.h"
#include "core/Result.h"
#include "services/AuditRecords.h"
#include "services/EditContext.h"
#include "services/YearSpan.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

namespace chibo {

/// What saving one change of one kind of record needs to know; RecordEditing fills one per kind, and
/// saveChange() runs the steps every kind shares, in this order: permission; the stored version equal to
/// `before`; the kind's own refusals and rules; the year locks; the write (a removal first reads what goes
/// to the recycle bin).
template <typename T>
struct SaveSteps {
    QString kind;        ///< the recycle bin's name of the kind: "member", "meeting", "target" …
    QString label;       ///< how messages and the bin name the record
    QList<QUuid> orgIds; ///< the organisations whose permission and locks count
    QUuid recordId;      ///< the record's id in the bin (a dues record: its member's)
    QUuid binOrgId;      ///< the organisation the bin lists it under
    std::function<Result<std::optional<T>>()> readStored;
    /// Refusals that depend on the stored record (a locked meeting, a referenced member); may be empty.
    std::function<Status()> refusal;
    /// Rules the new version must meet (consistent histories …); may be empty.
    std::function<Status(const T&)> validate;
    std::function<QList<YearSpan>()> years;
    std::function<Status(const T&)> insert;
    std::function<Status(const T&)> update;
    /// Everything a removal takes away, read before it: the record and what goes with it.
    std::function<Result<Dataset>(const T&)> fragment;
    std::function<Status(const T&)> remove;
};

template <typename T>
Result<QUuid> writeChange(EditContext& context, const Change<T>& change, const SaveSteps<T>& steps);

/// Runs `steps` for `change` inside `context`'s transaction (the caller commits), and records the change in
/// the audit trail. The result is the recycle bin entry's id for a removal, else a null uuid.
template <typename T>
Result<QUuid> saveChange(EditContext& context, const Change<T>& change, const SaveSteps<T>& steps)
{
    if (Status allowed = context.mayEdit(steps.orgIds, steps.label); !allowed)
        return allowed.error();
    const Result<std::optional<T>> stored = steps.readStored();
    if (!stored)
        return stored.error();
    if (*stored != change.before)
        return EditContext::changedElsewhere(steps.label);
    if (steps.refusal) {
        if (Status refused = steps.refusal(); !refused)
            return refused.error();
    }
    if (change.after && steps.validate) {
        if (Status valid = steps.validate(*change.after); !valid)
            return valid.error();
    }
    if (Status open = context.notLocked(steps.orgIds, steps.years(), steps.label); !open)
        return open.error();
    Result<QUuid> written = writeChange(context, change, steps);
    if (!written)
        return written;
    if (Status audited = context.audit(
            AuditRecords::ofChange(change, steps.kind, steps.recordId, steps.binOrgId, steps.label));
        !audited)
        return audited.error();
    return written;
}

/// The write of saveChange once every check passed: an insert, an update, or a removal into the bin.
template <typename T>
Result<QUuid> writeChange(EditContext& context, const Change<T>& change, const SaveSteps<T>& steps)
{
    if (!change.before) {
        const Status inserted = steps.insert(*change.after);
        return inserted ? Result<QUuid>(QUuid()) : Result<QUuid>(inserted.error());
    }
    if (change.after) {
        const Status updated = steps.update(*change.after);
        return updated ? Result<QUuid>(QUuid()) : Result<QUuid>(updated.error());
    }
    const Result<Dataset> fragment = steps.fragment(*change.before);
    if (!fragment)
        return fragment.error();
    if (Status removed = steps.remove(*change.before); !removed)
        return removed.error();
    return context.toBin(steps.kind, steps.recordId, steps.binOrgId, steps.label, *fragment);
}

} // namespace chibo
