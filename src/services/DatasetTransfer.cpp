// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DatasetTransfer.h"

#include "core/OrgTree.h"
#include "dataset/DatasetReader.h"
#include "dataset/DatasetValidator.h"
#include "dataset/DatasetWriter.h"
#include "services/Accounts.h"
#include "services/AuditRecords.h"
#include "services/AuditTrail.h"
#include "services/Permissions.h"
#include "services/Workspace.h"
#include "storage/DatasetOrder.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace chibo {

namespace {

/// A subtree's root names its parent: add the chain of ancestors (their records only, none of their
/// members or meetings) so that the file can be imported on its own.
Status addAncestors(const Workspace& workspace, Dataset& dataset)
{
    if (dataset.organisations.constFirst().parentId.isNull())
        return {};
    const auto all = workspace.storage().organisations().all();
    if (!all)
        return all.error();
    const OrgTree tree(*all);
    for (const Organisation* up : tree.ancestors(dataset.organisations.constFirst().id))
        dataset.organisations.prepend(*up);
    return {};
}

/// Assignments are given by a cell: one given by a cell outside the subtree (before a member moved in)
/// belongs to that cell's records, not to this export.
void dropOutsideAssignments(Dataset& dataset)
{
    QSet<QUuid> inside;
    for (const Organisation& org : std::as_const(dataset.organisations))
        inside.insert(org.id);
    dataset.assignments.removeIf([&inside](const Assignment& a) { return !inside.contains(a.orgId); });
}

} // namespace

Result<DatasetCounts> DatasetTransfer::importJson(Workspace& workspace, const QByteArray& json,
                                                  const QString& sourceName)
{
    const auto dataset = DatasetReader::read(json, sourceName);
    if (!dataset)
        return dataset.error();
    return importDataset(workspace, *dataset, sourceName);
}

Result<DatasetCounts> DatasetTransfer::importJsonAs(Workspace& workspace, const Session& session,
                                                    const QByteArray& json, const QString& sourceName)
{
    if (const Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    const auto dataset = DatasetReader::read(json, sourceName);
    if (!dataset)
        return dataset.error();
    return store(workspace, session, *dataset, sourceName);
}

Result<Dataset> DatasetTransfer::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file_unreadable"),
                     tr("Cannot read %1: %2").arg(path, file.errorString()), path};
    const QString name = QFileInfo(path).fileName();
    auto dataset = DatasetReader::read(file.readAll(), name);
    if (!dataset)
        return dataset.error();
    if (const QList<Error> problems = DatasetValidator::validate(*dataset); !problems.isEmpty()) {
        Error first = problems.first();
        first.location = name + u' ' + first.location;
        return first;
    }
    return dataset;
}

Result<DatasetCounts> DatasetTransfer::importAs(Workspace& workspace, const Session& session,
                                                const Dataset& dataset, const QString& sourceName)
{
    if (const Status allowed = Permissions::mayAdminister(session); !allowed)
        return allowed.error();
    return store(workspace, session, dataset, sourceName);
}

Result<DatasetCounts> DatasetTransfer::importDataset(Workspace& workspace, const Dataset& dataset,
                                                     const QString& sourceName)
{
    return store(workspace, Accounts::openSession(QStringLiteral("ChiBo")), dataset, sourceName);
}

Result<DatasetCounts> DatasetTransfer::store(Workspace& workspace, const Session& session,
                                             const Dataset& dataset, const QString& sourceName)
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
    const DatasetCounts counts = DatasetCounts::of(dataset);
    const AuditEntry audited =
        AuditRecords::act(QStringLiteral("import"), QStringLiteral("dataset"), {},
                          dataset.organisations.isEmpty() ? QUuid() : dataset.organisations.first().id,
                          tr("Imported %1: %2 organisation(s), %3 member(s), %4 meeting(s)")
                              .arg(sourceName, QString::number(counts.organisations),
                                   QString::number(counts.members), QString::number(counts.meetings)));
    // A failed commit (a full disk) is a failed import too: nothing of it stays.
    Status stored = workspace.storage().insertDataset(dataset);
    if (stored)
        stored = AuditTrail::record(workspace.storage(), session, audited);
    if (stored)
        stored = transaction.commit();
    if (!stored) {
        Error error = stored.error();
        error.message = tr("Nothing was imported from %1. %2").arg(sourceName, error.message);
        return error;
    }
    return counts;
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
    dropOutsideAssignments(*dataset);
    if (const Status added = addAncestors(workspace, *dataset); !added)
        return added.error();
    canonicalise(*dataset);
    return DatasetWriter::write(*dataset);
}

} // namespace chibo
