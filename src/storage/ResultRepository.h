// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/StoredResult.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace chibo {

/// The results the scoring engine computed. A run replaces the results of its scope as a whole;
/// classification decisions (DecisionRepository) are never touched by it.
class ResultRepository {
public:
    virtual ~ResultRepository() = default;

    /// In one transaction (a savepoint of the caller's): deletes the stored results of `criteriaId` whose
    /// period is in `periods` and whose organisation is in `orgIds`, then inserts `results`. A result
    /// outside that scope that is already stored is a "storage.constraint" error, and nothing changes.
    virtual Status replaceResults(const QString& criteriaId, const QStringList& periods,
                                  const QList<QUuid>& orgIds, const QList<StoredResult>& results) = 0;
    /// The same, with the results made one at a time by `next` (nullopt after the last), so that a
    /// province's results, each with its whole card as JSON, are never all held at once.
    using ResultSource = std::function<std::optional<StoredResult>()>;
    virtual Status replaceResultsFrom(const QString& criteriaId, const QStringList& periods,
                                      const QList<QUuid>& orgIds, const ResultSource& next) = 0;
    /// The results of `criteriaId` for `period` of subjects of the organisations `orgIds`, ordered by
    /// subject kind, period and subject id. An empty `period` means every period; empty `orgIds` every
    /// organisation. One query.
    virtual Result<QList<StoredResult>> results(const QString& criteriaId, const QString& period,
                                                const QList<QUuid>& orgIds) const = 0;
    /// The stored result of `criteriaId` for one subject and period, if any. One query on the unique key.
    virtual Result<std::optional<StoredResult>> resultFor(const QString& criteriaId, const QUuid& subjectId,
                                                          const QString& period) const = 0;
};

} // namespace chibo
