// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MemberCells.h"

namespace chibo {

namespace {

void addOnce(QList<QUuid>& ids, const QUuid& id)
{
    if (!id.isNull() && !ids.contains(id))
        ids.append(id);
}

/// The organisations of entries in `from` that `other` does not have as they are.
template <typename T>
void addChanged(QList<QUuid>& ids, const QList<T>& from, const QList<T>& other)
{
    for (const T& entry : from) {
        if (!other.contains(entry))
            addOnce(ids, entry.orgId);
    }
}

} // namespace

QList<QUuid> MemberCells::current(const Member& member)
{
    QList<QUuid> cells;
    const CellMembership* latest = nullptr;
    for (const CellMembership& period : member.memberships) {
        if (!period.to.isValid())
            addOnce(cells, period.orgId);
        if (!latest || period.from > latest->from)
            latest = &period;
    }
    if (cells.isEmpty() && latest)
        addOnce(cells, latest->orgId);
    return cells;
}

QList<QUuid> MemberCells::ofChange(const std::optional<Member>& before, const std::optional<Member>& after)
{
    const Member none;
    QList<QUuid> ids = before ? current(*before) : QList<QUuid>();
    const Member& was = before ? *before : none;
    const Member& now = after ? *after : none;
    addChanged(ids, now.memberships, was.memberships);
    addChanged(ids, was.memberships, now.memberships);
    addChanged(ids, now.positions, was.positions);
    addChanged(ids, was.positions, now.positions);
    return ids;
}

} // namespace chibo
