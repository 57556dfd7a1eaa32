// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashtest/HarnessScope.h"

#include "core/OrgTree.h"
#include "scoring/CriteriaSet.h"
#include "services/OrgSnapshot.h"
#include "services/Workspace.h"

namespace chibo {

Result<HarnessScope> HarnessScope::choose(const Workspace& workspace, const CriteriaSet& criteria, QDate day)
{
    const auto organisations = OrgSnapshot::read(workspace);
    if (!organisations)
        return organisations.error();
    const OrgTree& tree = (*organisations)->tree();
    QList<QUuid> cells;
    for (const Organisation* root : tree.roots()) {
        for (const Organisation* org : tree.subtree(root->id)) {
            if (!org->isCell() || cells.size() == 4)
                continue;
            const auto members = workspace.storage().members().registeredIn({org->id});
            if (!members)
                return members.error();
            if (members->size() >= 3)
                cells.append(org->id);
        }
    }
    if (cells.size() < 4)
        return Error{QStringLiteral("crashtest.scope"),
                     QStringLiteral("the database needs four cells with members"), workspace.path()};
    HarnessScope scope;
    scope.day = day;
    scope.yearEndYear = day.year() - 1;
    scope.editCell = cells[0];
    scope.classifiedCells = {cells[1], cells[2]};
    for (const QUuid& cell : scope.classifiedCells) {
        for (const Organisation* org : tree.subtree(cell))
            scope.scopes[cell].append(org->id);
    }
    scope.lockCell = cells[3];
    for (const Criteria& file : criteria.files())
        scope.criteriaIds.append(file.id);
    scope.criteriaIds.removeDuplicates();
    return scope;
}

} // namespace chibo
