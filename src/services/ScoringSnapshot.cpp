// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ScoringSnapshot.h"

#include "core/OrgTree.h"
#include "dataset/DatasetReader.h"
#include "services/Workspace.h"

#include <QFile>
#include <QFileInfo>

namespace chibo {

namespace {

Result<QUuid> evaluationRoot(const OrgTree& tree, const QUuid& orgId)
{
    if (!tree.find(orgId)) {
        return Error{QStringLiteral("scoring.unknown-organisation"),
                     ScoringSnapshot::tr("There is no organisation with this id."),
                     orgId.toString(QUuid::WithoutBraces)};
    }
    const Organisation* grassroots = tree.grassrootsOf(orgId);
    return grassroots ? grassroots->id : orgId;
}

} // namespace

Result<ScoringSnapshot> ScoringSnapshot::load(const Workspace& workspace, const QUuid& orgId)
{
    // The organisation and those above it are enough to find its grassroots organisation.
    const auto organisations = workspace.storage().organisations().lineage(orgId);
    if (!organisations)
        return organisations.error();
    return load(workspace, OrgTree(*organisations), orgId);
}

Result<ScoringSnapshot> ScoringSnapshot::load(const Workspace& workspace, const OrgTree& tree,
                                              const QUuid& orgId)
{
    const auto root = evaluationRoot(tree, orgId);
    if (!root)
        return root.error();
    auto dataset = workspace.storage().loadSubtree(*root);
    if (!dataset)
        return dataset.error();
    return ScoringSnapshot{std::move(dataset).value(), orgId, *root};
}

Result<ScoringSnapshot> ScoringSnapshot::of(Dataset dataset, const QUuid& orgId)
{
    const auto root = evaluationRoot(OrgTree(dataset.organisations), orgId);
    if (!root)
        return root.error();
    return ScoringSnapshot{std::move(dataset), orgId, *root};
}

Result<ScoringSnapshot> ScoringSnapshot::readFile(const QString& path, const QString& orgKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("scoring.unreadable-dataset"),
                     tr("Cannot read the dataset file: %1.").arg(file.errorString()), path};
    }
    auto records = DatasetReader::read(file.readAll(), QFileInfo(path).fileName());
    if (!records)
        return records.error();
    const auto found = Workspace::findOrganisationIn(records->organisations, orgKey);
    if (!found)
        return found.error();
    return of(std::move(records).value(), found->id);
}

} // namespace chibo
