// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/Session.h"
#include "crashtest/HarnessScope.h"
#include "crashtest/PlannedUseCase.h"

#include <QDateTime>
#include <QStringList>

#include <random>

namespace chibo {

class CriteriaSet;
class StateReader;
class Workspace;

/// The year-end acts on the year before the harness's day: storing a cell's classification proposals
/// (ClassificationService::classify and persist), recording a decided level for one of its members
/// (ClassificationService::decide), and locking or unlocking the year for the lock cell (YearLock).
class YearEndUseCases {
public:
    YearEndUseCases(Workspace& workspace, const Session& session, const CriteriaSet& criteria,
                    const HarnessScope& scope, std::mt19937_64& random);

    QStringList available(StateReader& state) const;
    Result<PlannedUseCase> plan(const QString& name, StateReader& state);

private:
    Result<PlannedUseCase> planPersist(StateReader& state);
    Result<PlannedUseCase> planDecision(StateReader& state);
    Result<PlannedUseCase> planLock(StateReader& state);
    /// The moment of a lock, unlock or persist, to the millisecond (what the database keeps).
    static QDateTime now();
    int pick(int count) { return int(std::uniform_int_distribution<int>(0, count - 1)(m_random)); }

    Workspace& m_workspace;
    const Session& m_session;
    const CriteriaSet& m_criteria;
    const HarnessScope& m_scope;
    std::mt19937_64& m_random;
};

} // namespace chibo
