// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
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
class MemberDialog;
class MemberImportDialog;
class MemberFilterProxy;
class MemberTableModel;
class RecycleBinDialog;

/// The members of the current organisation and everything below it, as they stand on the context's day:
/// a table in Vietnamese name order with an accent-insensitive search, filters by status and cell, the
/// Charter's size rules as inline warnings, and the actions add, edit, delete and recycle bin. Every
/// save is an undoable step on the page's stack (in the context's undo group). Reloads lazily: when
/// hidden it only notes that the records changed, and reads them again (one bulk read) when shown.
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

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setupActions();
    void setupFilters();
    void reload();
    void showWarnings(const QList<Member>& members);
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
    QPointer<MemberDialog> m_memberDialog;
    QPointer<RecycleBinDialog> m_recycleBin;
    QPointer<MemberImportDialog> m_importDialog;
    QUuid m_shownOrgId;  ///< the organisation the table shows
    QUuid m_selectAfter; ///< the member to select after the next reload
    DeferredReload* m_reload = nullptr;
    bool m_columnsFitted = false;
};

} // namespace chibo
