// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberBatch.h"

#include "services/EditContext.h"
#include "services/RecordSteps.h"
#include "services/SaveSteps.h"
#include "storage/Storage.h"

namespace chibo {

MemberBatch::MemberBatch(EditContext& context, const QList<Member>& stored)
    : m_context(context)
    , m_inserter(context.storage().members().inserter())
{
    m_storedIds.reserve(stored.size());
    for (const Member& member : stored)
        m_storedIds.insert(member.id);
}

Result<QUuid> MemberBatch::create(const Member& member)
{
    const Change<Member> change{std::nullopt, member};
    auto steps = RecordSteps::of(m_context, change);
    if (!steps)
        return steps.error();
    // What the storage's find() would answer: a member whose id is not among the stored ones is not
    // stored; one that is (an id taken already) is read as find() reads it, and refused as changed.
    Storage* storage = &m_context.storage();
    steps->readStored = [this, storage, id = member.id]() -> Result<std::optional<Member>> {
        if (!m_storedIds.contains(id))
            return std::optional<Member>();
        return storage->members().find(id);
    };
    steps->insert = [this](const Member& created) -> Status {
        Status inserted = m_inserter->insert(created);
        if (inserted)
            m_storedIds.insert(created.id);
        return inserted;
    };
    return saveChange(m_context, change, *steps);
}

} // namespace chibo
