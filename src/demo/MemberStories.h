// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Member.h"
#include "demo/DemoScript.h"

#include <QList>

namespace chibo {

class DemoContext;

/// Writes the scripted stories (DemoScript::stories) into the members' histories, following
/// MemberTimeline's semantics: a transfer between two cells of the commune is only a change of
/// official registration; leaving the system, xóa tên and death close the registration.
class MemberStories {
public:
    explicit MemberStories(const DemoContext& context);

    void apply(QList<Member>& members) const;

private:
    void play(Member& member, const DemoScript::Story& story) const;
    void addEvent(Member& member, StatusEventKind kind, QDate date, const QString& decision,
                  const QString& note) const;
    static void closeMembership(Member& member, QDate lastDay);
    void replaceMemberships(Member& member, const QString& cellKey, QDate from, QDate to,
                            CellMembership::Kind kind) const;

    const DemoContext& m_context;
};

} // namespace chibo
