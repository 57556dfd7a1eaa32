// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/MemberTimeline.h"
#include "core/YearMonth.h"
#include "demo/DemoIds.h"
#include "demo/DemoRandom.h"
#include "demo/DemoScript.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <vector>

namespace chibo {

/// What the demo builders share: the seed, the day the demo is seen from, the ids, the dataset under
/// construction and, once the members are final, indexes over them.
class DemoContext {
public:
    DemoContext(quint64 seed, QDate asOf);

    /// The demo covers 2025 and 2026; nothing is dated after asOf().
    static QDate periodStart() { return {2025, 1, 1}; }
    static QDate periodEnd() { return {2026, 12, 31}; }

    QDate asOf() const { return m_asOf; }
    /// The last month with records: asOf's month, or December 2026 when asOf is later.
    YearMonth lastMonth() const { return YearMonth::of(std::min(m_asOf, periodEnd())); }
    const DemoIds& ids() const { return m_ids; }
    DemoRandom random(const QString& stream) const { return DemoRandom(m_seed, stream); }
    Dataset& data() { return m_data; }
    const Dataset& data() const { return m_data; }

    QUuid orgId(const QString& key) const;
    static QString memberKey(const DemoScript::Slot& slot) { return u"member/" + slot.key(); }
    QUuid memberId(const DemoScript::Slot& slot) const { return m_ids.of(memberKey(slot)); }
    /// Reserves a full name; false when it is taken already.
    bool claimName(const QString& fullName);

    /// Builds the indexes; call once the member list will no longer change.
    void indexMembers();
    const Member* member(const QUuid& id) const;
    const Member* member(const DemoScript::Slot& slot) const { return member(memberId(slot)); }
    const MemberTimeline* timeline(const QUuid& memberId) const;
    /// Indexes (into data().members) of everyone ever registered in `orgId`, in list order.
    QList<qsizetype> membersOf(const QUuid& orgId) const { return m_membersByOrg.value(orgId); }
    /// The slot a member was created in.
    DemoScript::Slot slotOf(const QUuid& memberId) const { return m_slots.value(memberId); }
    void setSlot(const QUuid& memberId, const DemoScript::Slot& slot) { m_slots.insert(memberId, slot); }

private:
    quint64 m_seed;
    QDate m_asOf;
    DemoIds m_ids;
    Dataset m_data;
    QSet<QString> m_names;
    QHash<QUuid, DemoScript::Slot> m_slots;
    QHash<QUuid, qsizetype> m_memberIndex;
    QHash<QUuid, QList<qsizetype>> m_membersByOrg;
    std::vector<MemberTimeline> m_timelines;
};

} // namespace chibo
