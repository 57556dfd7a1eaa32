// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "core/Result.h"
#include "storage/MemberInserter.h"

#include <QList>
#include <QSet>
#include <QUuid>

#include <memory>

namespace chibo {

class EditContext;

/// Creates new members one after another inside one EditContext, each refused or written exactly as
/// RecordEditing would create it alone (RecordSteps and saveChange: the permission, the stored version,
/// consistent histories, the year locks, the write), but what those steps would read from the database
/// for every member is read once: which member ids are stored (given, and those created since), the locks
/// (EditContext keeps them), and the statements of the inserts (one MemberInserter). For an import of many
/// members, which writes them all in the context's one transaction or none.
class MemberBatch {
public:
    /// `stored`: every member in the database, read inside `context`'s transaction. Both must outlive
    /// the batch, and the context must be open.
    MemberBatch(EditContext& context, const QList<Member>& stored);

    /// Saves the creation of `member` (a new id, not yet stored). After an error the caller rolls back.
    Result<QUuid> create(const Member& member);

private:
    EditContext& m_context;
    QSet<QUuid> m_storedIds;
    std::unique_ptr<MemberInserter> m_inserter;
};

} // namespace chibo
