// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"
#include "core/Session.h"
#include "services/DatasetCounts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace chibo {

class Workspace;

/// Moves records between a database and the JSON dataset format (docs/dataset-format.md).
class DatasetTransfer {
    Q_DECLARE_TR_FUNCTIONS(DatasetTransfer)

public:
    /// Reads, validates and stores a dataset in one transaction: either every record is written or none
    /// is. Errors name the place in the file (file:line:col and JSON pointer).
    static Result<DatasetCounts> importJson(Workspace& workspace, const QByteArray& json,
                                            const QString& sourceName);
    /// importJson by a person: needs Permissions::mayAdminister; the audit trail names them.
    static Result<DatasetCounts> importJsonAs(Workspace& workspace, const Session& session,
                                              const QByteArray& json, const QString& sourceName);
    /// Reads and validates the dataset file at `path` without storing anything: the part of an import that
    /// may run on a worker thread (it touches no database).
    static Result<Dataset> readFile(const QString& path);
    /// An import by a person: needs Permissions::mayAdminister (it may create organisations), then
    /// stores like importDataset.
    static Result<DatasetCounts> importAs(Workspace& workspace, const Session& session,
                                          const Dataset& dataset, const QString& sourceName);
    /// Stores an already-built dataset (the demo, a generator) in one transaction after validating it; the
    /// audit trail names ChiBo itself.
    static Result<DatasetCounts> importDataset(Workspace& workspace, const Dataset& dataset,
                                               const QString& sourceName);
    /// The subtree of `rootId` with every record that belongs to it, in canonical order: exporting the
    /// same data always gives the same bytes. The organisations above the root come along as records
    /// (without their members or meetings), so the file can be imported on its own.
    static Result<QByteArray> exportJson(const Workspace& workspace, const QUuid& rootId);

private:
    static Result<DatasetCounts> store(Workspace& workspace, const Session& session, const Dataset& dataset,
                                       const QString& sourceName);
};

} // namespace chibo
