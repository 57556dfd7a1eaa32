// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "crashtest/HarnessScope.h"
#include "crashtest/PlannedUseCase.h"

#include <QStringList>

#include <random>
#include <utility>

namespace chibo {

class StateReader;
class Workspace;

/// The record edits of the edit cell, saved as the window saves them (RecordEditing::apply, one
/// transaction each) on a fixed number of slots per kind, so the records watched stay few however long
/// the run: a slot's meeting, target or member is created, updated, removed to the recycle bin and
/// restored from it (RecycleBin::restore). Members are also imported from a generated sheet
/// (MemberImport) and removed again.
class RecordUseCases {
public:
    static constexpr int Slots = 6;

    RecordUseCases(Workspace& workspace, const Session& session, const HarnessScope& scope,
                   std::mt19937_64& random, int iteration);

    /// The use cases possible in the database's state ("meeting.create", "member.restore", …).
    QStringList available(StateReader& state) const;
    /// Reads what `name` needs and plans it on a random slot where it is possible.
    Result<PlannedUseCase> plan(const QString& name, StateReader& state);

private:
    template <typename T>
    Result<PlannedUseCase> planSlot(const QString& action, StateReader& state);
    template <typename T>
    T created(int slot, StateReader& state);
    template <typename T>
    T changed(T record);
    /// The bin entry holding the record and the record as it will come back.
    template <typename T>
    Result<std::pair<QUuid, T>> restored(const QUuid& id) const;
    Result<PlannedUseCase> planImport(int sequence);
    Result<PlannedUseCase> planImportedRemoval(StateReader& state);
    int pick(int count) { return int(std::uniform_int_distribution<int>(0, count - 1)(m_random)); }

    Workspace& m_workspace;
    const Session& m_session;
    const HarnessScope& m_scope;
    std::mt19937_64& m_random;
    int m_iteration;
    int m_imports = 0;
};

} // namespace chibo
