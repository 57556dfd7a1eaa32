// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Session.h"
#include "scoring/CriteriaSet.h"

#include <QDate>
#include <QObject>
#include <QUuid>

#include <memory>

class QUndoGroup;

namespace chibo {

class Dialogs;
class OrgTree;
class Workspace;

/// The pages of the main window, in tab order; Ctrl+1 … Ctrl+6 go to them.
enum class PageId { Members, Meetings, Scorecard, CommitteeOverview, Classification, Criteria };

/// What every page of the window works on, owned by MainWindow: the open database, the criteria in use,
/// the session, the day the records are shown as of, the organisation chosen in the tree, and the undo
/// group whose active stack the Edit menu drives. Pages never hold copies of these; they listen to the
/// signals and reload what they show (lazily, when they become visible).
class AppContext : public QObject {
    Q_OBJECT

public:
    AppContext(Dialogs& dialogs, QDate day, QObject* parent = nullptr);
    ~AppContext() override;

    /// Null while no database is open.
    Workspace* workspace() const { return m_workspace.get(); }
    const CriteriaSet& criteria() const { return m_criteria; }
    const Session& session() const { return m_session; }
    QDate day() const { return m_day; }
    Dialogs& dialogs() const { return m_dialogs; }
    QUndoGroup& undoGroup() const { return *m_undoGroup; }

    /// Every organisation of the database, parents first; the tree indexes them.
    const QList<Organisation>& organisations() const { return m_organisations; }
    const OrgTree& tree() const { return *m_tree; }
    const Organisation* organisation(const QUuid& id) const;
    /// The organisation chosen in the tree (null uuid: none).
    QUuid currentOrgId() const { return m_currentOrgId; }
    const Organisation* currentOrganisation() const { return organisation(m_currentOrgId); }
    /// The cells at or below the current organisation, or the grassroots organisation above it: what
    /// the meeting and scorecard pages offer to choose from.
    QList<const Organisation*> cellsAround(const QUuid& orgId) const;
    /// Whether the session may not write the records of `orgId` (its editors are then read-only).
    bool isReadOnlyFor(const QUuid& orgId) const;

    /// Takes over an opened database: clears every undo stack, reloads the organisations.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    /// Reads the organisations again after they changed (a wizard, an import).
    Status reloadOrganisations();
    void setCriteria(CriteriaSet criteria);
    void setSession(Session session);
    void setCurrentOrganisation(const QUuid& id);

    /// A page wrote records: the others reload what they show. `orgId` is the organisation written.
    void notifyRecordsChanged(const QUuid& orgId);
    /// Ask the window to show a page for an organisation and period (a drill-down); year/month 0: keep.
    void requestPage(PageId page, const QUuid& orgId, int year = 0, int month = 0);

Q_SIGNALS:
    void workspaceChanged();
    void organisationsChanged();
    void criteriaChanged();
    void sessionChanged();
    void currentOrganisationChanged(const QUuid& orgId);
    void recordsChanged(const QUuid& orgId);
    void pageRequested(chibo::PageId page, const QUuid& orgId, int year, int month);

private:
    Dialogs& m_dialogs;
    QDate m_day;
    QUndoGroup* m_undoGroup;
    std::unique_ptr<Workspace> m_workspace;
    CriteriaSet m_criteria;
    Session m_session;
    QList<Organisation> m_organisations;
    std::unique_ptr<OrgTree> m_tree;
    QUuid m_currentOrgId;
};

} // namespace chibo
