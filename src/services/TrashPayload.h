// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Dataset.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace chibo {

/// What a recycle-bin entry keeps: everything a removal took away, as a dataset fragment in the dataset
/// format (docs/dataset-format.md), written by DatasetWriter and read back, checked, by
/// DatasetReader::readFragment. Its references to records outside it are checked when it is restored.
class TrashPayload {
    Q_DECLARE_TR_FUNCTIONS(TrashPayload)

public:
    static QString write(const Dataset& fragment);
    /// `entryId` names the entry in error locations.
    static Result<Dataset> read(const QString& payload, const QUuid& entryId);
};

} // namespace chibo
