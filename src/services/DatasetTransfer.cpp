// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatasetTransfer.h"

#include "dataset/DatasetReader.h"
#include "dataset/DatasetValidator.h"
#include "dataset/DatasetWriter.h"
#include "services/Workspace.h"
#include "storage/DatasetOrder.h"
#include "storage/Transaction.h"

namespace chibo {

Result<DatasetCounts> DatasetTransfer::importJson(Workspace& workspace, const QByteArray& json,
                                                  const QString& sourceName)
{
    const auto dataset = DatasetReader::read(json, sourceName);
    if (!dataset)
        return dataset.error();
    return importDataset(workspace, *dataset, sourceName);
}

Result<DatasetCounts> DatasetTransfer::importDataset(Workspace& workspace, const Dataset& dataset,
                                                     const QString& sourceName)
{
    const QList<Error> problems = DatasetValidator::validate(dataset);
    if (!problems.isEmpty()) {
        Error first = problems.first();
        first.location = sourceName + u' ' + first.location;
        return first;
    }
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (const Status inserted = workspace.storage().insertDataset(dataset); !inserted) {
        Error error = inserted.error();
        error.message = tr("Nothing was imported from %1. %2").arg(sourceName, error.message);
        return error;
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return DatasetCounts::of(dataset);
}

Result<QByteArray> DatasetTransfer::exportJson(const Workspace& workspace, const QUuid& rootId)
{
    auto dataset = workspace.storage().loadSubtree(rootId);
    if (!dataset)
        return dataset.error();
    if (dataset->organisations.isEmpty())
        return Error{QStringLiteral("export.unknown-organisation"),
                     tr("There is no organisation with id %1.").arg(rootId.toString(QUuid::WithoutBraces)),
                     {}};
    canonicalise(*dataset);
    return DatasetWriter::write(*dataset);
}

} // namespace chibo
