// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
#include "app/members/MemberListLoad.h"
#include "app/members/MemberRecords.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class MembersPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class MemberListLoader;
class MemberDialog;
class MemberImportDialog;
class MemberFilterProxy;
class MemberTableModel;
class RecycleBinDialog;

/// The members of the current organisation and everything below it, as they stand on the context's day:
/// a table in Vietnamese name order with an accent-insensitive search, filters by status and cell, the
/// Charter's size rules as inline warnings, and the actions add, edit, delete and recycle bin. Every
/// save is an undoable step on the page's stack (in the context's undo group). Reloads lazily: when
/// hidden it only notes that the records changed, and reads them again (one bulk read) when shown. A
/// large subtree (a district, a province: by default 500 organisations or more) is read and prepared on
/// a worker thread while the page says it is loading, so the window opens and stays usable meanwhile.
class MembersPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit MembersPage(AppContext& context, QWidget* parent = nullptr);
    ~MembersPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    QUndoStack* undoStack() const { return m_undoStack; }
    /// The member dialog or recycle bin open now; null when none.
    MemberDialog* memberDialog() const;
    RecycleBinDialog* recycleBinDialog() const;
    /// The id of the member selected in the table; null when none.
    QUuid currentMemberId() const;
    /// Selects the member in the table when listed; false when filtered out or not listed.
    bool selectMember(const QUuid& id);

    void addMember();
    /// Asks for a spreadsheet and opens the member import into the selected cell (the Import action).
    void importMembers();
    /// The member import open now; null when none.
    MemberImportDialog* importDialog() const;
    void editCurrentMember();
    void deleteCurrentMember();
    void showRecycleBin();

    /// Loads the members in the background (MemberListLoader).
    MemberListLoader& loader() const { return *m_loader; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setupActions();
    void setupFilters();
    void reload();
    void showLoading();
    void showLoaded(Result<MemberListLoad> loaded);
    void showWarnings(const Diagnostics& findings);
    void fillCellFilter();
    void updateCount();
    void updateActions();
    void updateTitle();
    void fitColumns();
    void retranslate();
    QUuid defaultCell() const;
    void openMemberDialog(MemberRecords records, bool isNew);
    void saveDialog(const MemberDialog& dialog);

    AppContext& m_context;
    const std::unique_ptr<Ui::MembersPage> m_ui;
    MemberTableModel* m_model;
    MemberFilterProxy* m_proxy;
    QUndoStack* m_undoStack;
    MemberListLoader* m_loader;
    QPointer<MemberDialog> m_memberDialog;
    QPointer<RecycleBinDialog> m_recycleBin;
    QPointer<MemberImportDialog> m_importDialog;
    QUuid m_shownOrgId;       ///< the organisation the table shows
    QUuid m_selectAfter;      ///< the member to select after the next reload
    QUuid m_tableOrgId;       ///< the organisation whose members the table holds (while loading: the last)
    QUuid m_selectWhenLoaded; ///< the member to select when the load in progress is shown
    DeferredReload* m_reload = nullptr;
    bool m_columnsFitted = false;
};

} // namespace chibo
