// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"

#include <QSet>

namespace chibo {

class DemoRandom;
class ScaleContext;
struct ScaleCell;

/// The members of every generated cell, with the life a province sees in a few years: the secretary,
/// deputy and chi ủy of each cell, members admitted during the period and still on probation, members
/// exempted for age or health, transfers in and out, temporary stays away, suspensions, removals and
/// deaths, and spells of sick or maternity leave.
class ScaleMembers {
public:
    explicit ScaleMembers(ScaleContext& context);

    /// Appends every cell's members to the dataset, and their leave, and records their indexes in
    /// the cells.
    void build();

private:
    enum class Age { Young, Adult, Senior, Elder };

    Member make(const ScaleCell& cell, int slot);
    static int seatsOf(int size);
    static Age drawAge(const ScaleCell& cell, bool postHolder, DemoRandom& random);
    static QDate birthDate(Age age, DemoRandom& random);
    void admit(Member& member, const ScaleCell& cell, const QString& key, bool newcomer, bool postHolder,
               DemoRandom& random) const;
    void addPost(Member& member, const ScaleCell& cell, const QString& key, int slot) const;
    void addStory(Member& member, const QString& key, Age age, DemoRandom& random) const;
    void addEvent(Member& member, const QString& key, StatusEventKind kind, QDate date, const QString& note,
                  DemoRandom& random) const;
    void addLeave(const Member& member, const QString& key, Age age, DemoRandom& random);
    QDate dayInPeriod(DemoRandom& random, int marginDays = 0) const;
    /// `number`, or the next free number after it: citizen ids and party cards are unique.
    static QString unique(QString number, QSet<QString>& used);

    ScaleContext& m_context;
    QSet<QString> m_citizenIds;
    QSet<QString> m_cards;
};

} // namespace chibo
