// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Account.h"
#include "core/Assignment.h"
#include "core/AuditEntry.h"
#include "core/Change.h"
#include "core/ClassificationDecision.h"
#include "core/Dataset.h"
#include "core/Discipline.h"
#include "core/DuesRecord.h"
#include "core/Leave.h"
#include "core/Meeting.h"
#include "core/Member.h"
#include "core/Rating.h"
#include "core/Target.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <type_traits>

namespace chibo {

/// How records appear in the audit trail: a record as a dataset-format fragment holding only it
/// (docs/dataset-format.md), so an entry's before and after read like an export; an account without its
/// password hash.
class AuditRecords {
public:
    static QByteArray json(const Dataset& fragment);
    static QByteArray json(const Account& account);
    static QByteArray json(const ClassificationDecision& decision);

    template <typename T>
    static QByteArray json(const std::optional<T>& record)
    {
        return record ? json(fragmentOf(*record)) : QByteArray();
    }

    /// The entry for an act that is not an edit of one record (a lock, a decision, an import).
    static AuditEntry act(const QString& action, const QString& kind, const QUuid& subjectId,
                          const QUuid& orgId, const QString& summary, const QByteArray& before = {},
                          const QByteArray& after = {})
    {
        AuditEntry entry;
        entry.action = action;
        entry.subjectKind = kind;
        entry.subjectId = subjectId;
        entry.orgId = orgId;
        entry.summary = summary;
        entry.before = before;
        entry.after = after;
        return entry;
    }

    /// The entry for one edit: "create", "update" or "delete" of `kind`, before and after.
    template <typename T>
    static AuditEntry ofChange(const Change<T>& change, const QString& kind, const QUuid& recordId,
                               const QUuid& orgId, const QString& label)
    {
        const QString action = change.isCreation()  ? QStringLiteral("create")
                               : change.isRemoval() ? QStringLiteral("delete")
                                                    : QStringLiteral("update");
        return act(action, kind, recordId, orgId, label, json(change.before), json(change.after));
    }

private:
    /// A dataset holding only `record`, in the list of its kind.
    template <typename T>
    static Dataset fragmentOf(const T& record)
    {
        Dataset fragment;
        if constexpr (std::is_same_v<T, Member>)
            fragment.members = {record};
        else if constexpr (std::is_same_v<T, Meeting>)
            fragment.meetings = {record};
        else if constexpr (std::is_same_v<T, Target>)
            fragment.targets = {record};
        else if constexpr (std::is_same_v<T, Assignment>)
            fragment.assignments = {record};
        else if constexpr (std::is_same_v<T, Discipline>)
            fragment.disciplines = {record};
        else if constexpr (std::is_same_v<T, Leave>)
            fragment.leaves = {record};
        else if constexpr (std::is_same_v<T, DuesRecord>)
            fragment.dues = {record};
        else
            fragment.ratings = {record};
        return fragment;
    }
};

} // namespace chibo
