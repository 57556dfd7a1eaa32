// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppContext.h"

#include "core/OrgTree.h"
#include "services/Permissions.h"
#include "services/Workspace.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace chibo {

AppContext::AppContext(Dialogs& dialogs, QDate day, QObject* parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_day(day)
    , m_undoGroup(new QUndoGroup(this))
    , m_tree(std::make_unique<OrgTree>(m_organisations))
{}

AppContext::~AppContext() = default;

const Organisation* AppContext::organisation(const QUuid& id) const
{
    return m_tree->find(id);
}

QList<const Organisation*> AppContext::cellsAround(const QUuid& orgId) const
{
    const Organisation* grassroots = m_tree->grassrootsOf(orgId);
    const QUuid root = grassroots ? grassroots->id : orgId;
    QList<const Organisation*> cells;
    for (const Organisation* org : m_tree->subtree(root)) {
        if (org->isCell())
            cells.append(org);
    }
    return cells;
}

bool AppContext::isReadOnlyFor(const QUuid& orgId) const
{
    return !m_workspace || !Permissions::mayEditRecords(m_session, *m_tree, orgId).ok();
}

void AppContext::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Undo commands refer to the records of the database they were made in.
    for (QUndoStack* stack : m_undoGroup->stacks())
        stack->clear();
    m_workspace = std::move(workspace);
    m_currentOrgId = QUuid();
    Q_EMIT workspaceChanged();
    (void)reloadOrganisations();
}

Status AppContext::reloadOrganisations()
{
    QList<Organisation> organisations;
    if (m_workspace) {
        auto loaded = m_workspace->storage().organisations().all();
        if (!loaded)
            return loaded.error();
        organisations = std::move(loaded).value();
    }
    m_tree.reset(); // the tree refers to the list it indexes
    m_organisations = std::move(organisations);
    m_tree = std::make_unique<OrgTree>(m_organisations);
    if (!m_tree->find(m_currentOrgId))
        m_currentOrgId = QUuid();
    Q_EMIT organisationsChanged();
    return {};
}

void AppContext::setCriteria(CriteriaSet criteria)
{
    m_criteria = std::move(criteria);
    Q_EMIT criteriaChanged();
}

void AppContext::setSession(Session session)
{
    if (session == m_session)
        return;
    m_session = std::move(session);
    Q_EMIT sessionChanged();
}

void AppContext::setCurrentOrganisation(const QUuid& id)
{
    if (id == m_currentOrgId)
        return;
    m_currentOrgId = id;
    Q_EMIT currentOrganisationChanged(id);
}

void AppContext::notifyRecordsChanged(const QUuid& orgId)
{
    Q_EMIT recordsChanged(orgId);
}

void AppContext::requestPage(PageId page, const QUuid& orgId, int year, int month)
{
    Q_EMIT pageRequested(page, orgId, year, month);
}

} // namespace chibo
