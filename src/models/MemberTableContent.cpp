// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MemberTableContent.h"

#include "core/Labels.h"
#include "core/MemberTimeline.h"
#include "core/VietnameseText.h"
#include "models/CollationRanks.h"

#include <QMap>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <vector>

namespace chibo {

namespace {

/// Full years from `from` to `day`; -1 when `from` is unknown or later.
int fullYears(QDate from, QDate day)
{
    if (!from.isValid() || !day.isValid() || from > day)
        return -1;
    int years = day.year() - from.year();
    if (day.month() < from.month() || (day.month() == from.month() && day.day() < from.day()))
        --years;
    return years;
}

MemberTableRow rowOn(const Member& member, const QHash<QUuid, QString>& cellNames, QDate day)
{
    const MemberTimeline timeline(member);
    MemberTableRow row;
    row.state = timeline.stateOn(day);
    row.cellId = timeline.cellOfRecordOn(day);
    row.cellName = cellNames.value(row.cellId);
    for (const PositionTerm& term : timeline.positionsOn(day))
        row.positionList.append(term.position);
    row.partyAge = row.state.isMember() ? fullYears(MemberTableContent::admittedOn(member), day) : -1;
    return row;
}

/// Moves members[order[k]] to position k for every k, in place (one member at a time in a temporary):
/// a second list of 100,000 members would double the peak memory.
void permute(QList<Member>& members, const std::vector<int>& order)
{
    std::vector<bool> placed(order.size(), false);
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        Member held = std::move(members[qsizetype(start)]);
        std::size_t at = start;
        while (true) {
            placed[at] = true;
            const auto from = std::size_t(order[at]);
            if (from == start) {
                members[qsizetype(at)] = std::move(held);
                break;
            }
            members[qsizetype(at)] = std::move(members[qsizetype(from)]);
            at = from;
        }
    }
}

/// The members in name order: given name, full name, then id.
std::vector<int> nameOrder(const QList<Member>& members)
{
    QList<QString> given;
    QList<QString> full;
    given.reserve(members.size());
    full.reserve(members.size());
    for (const Member& member : members) {
        given.append(member.sortGivenName());
        full.append(member.fullName);
    }
    const std::vector<int> givenRank = CollationRanks::of(given);
    const std::vector<int> fullRank = CollationRanks::of(full);
    std::vector<int> order(std::size_t(members.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (givenRank[a] != givenRank[b])
            return givenRank[a] < givenRank[b];
        if (fullRank[a] != fullRank[b])
            return fullRank[a] < fullRank[b];
        // Namesakes by id, field by field as the database lists them (DatasetOrder).
        return members[a].id < members[b].id;
    });
    return order;
}

} // namespace

MemberTableContent MemberTableContent::build(QList<Member> members, const QHash<QUuid, QString>& cellNames,
                                             QDate day)
{
    const std::vector<int> order = nameOrder(members);
    MemberTableContent content;
    content.day = day;
    content.rows.reserve(members.size());
    content.searchKeys.reserve(members.size());
    content.indexById.reserve(members.size());
    // A name is folded once and its text shared by every namesake.
    QHash<QString, QString> foldedNames;
    for (const int index : order) {
        Member& member = members[index];
        MemberTableRow row = rowOn(member, cellNames, day);
        auto folded = foldedNames.constFind(member.fullName);
        if (folded == foldedNames.cend())
            folded = foldedNames.insert(member.fullName, VietnameseText::fold(member.fullName));
        member.fullName = folded.key();
        content.searchKeys.append(folded.value());
        member.statusEvents = {};
        member.memberships = {};
        member.positions = {};
        content.indexById.insert(member.id, int(content.rows.size()));
        content.rows.append(std::move(row));
    }
    permute(members, order);
    content.members = std::move(members);
    content.translate();
    return content;
}

QDate MemberTableContent::admittedOn(const Member& member)
{
    return member.admissionDecisionDate.isValid() ? member.admissionDecisionDate : member.ceremonyDate;
}

void MemberTableContent::translate()
{
    // Few distinct states and posts: each label is made once and shared.
    QHash<int, QString> statuses;
    QMap<QList<Position>, QString> posts;
    for (MemberTableRow& row : rows) {
        const MemberState& state = row.state;
        const int key = int(state.standing) * 64 + int(state.leftBy) * 8 + int(state.exempt) * 4 +
                        int(state.suspended) * 2 + int(state.temporarilyAway);
        auto status = statuses.constFind(key);
        if (status == statuses.cend())
            status = statuses.insert(key, Labels::of(state));
        row.status = *status;
        if (row.positionList.isEmpty()) {
            row.positions.clear();
            continue;
        }
        auto text = posts.constFind(row.positionList);
        if (text == posts.cend()) {
            QStringList labels;
            for (const Position position : std::as_const(row.positionList))
                labels.append(Labels::of(position));
            text = posts.insert(row.positionList, labels.join(QStringLiteral(", ")));
        }
        row.positions = *text;
    }
}

} // namespace chibo
