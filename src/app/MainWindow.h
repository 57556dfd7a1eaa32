// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "services/CriteriaLibrary.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace chibo {

class Dialogs;
class MemberFilterProxy;
class MemberTableModel;
class OrgTree;
class OrgTreeModel;
class Translations;
class Workspace;

/// The shell: the organisation tree on the left, the selected organisation's members on the right,
/// menus and status bar. Pages for meetings, scorecards and classification plug in here later.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Translations& translations, Dialogs& dialogs, QDate day, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at `path` and shows its organisations; the previous one stays open on failure.
    Status openDatabase(const QString& path);
    /// Shows the organisation with this id (and its members) if it is in the tree.
    bool selectOrganisation(const QUuid& id);
    QString databasePath() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void showMembersOf(const QModelIndex& index);
    void updateStatus();
    void switchLanguage(bool vietnamese);
    void chooseDatabase();
    void openDemo();
    void showAbout();
    void retranslate();
    /// Loads the shipped criteria files; problems are shown once the window is up, and those files
    /// are not used (the same messages as `chibo-cli criteria check`).
    void loadCriteria();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Translations& m_translations;
    Dialogs& m_dialogs;
    QDate m_day;
    CriteriaSet m_criteria;
    std::unique_ptr<Workspace> m_workspace;
    QList<Organisation> m_organisations;
    std::unique_ptr<OrgTree> m_tree; ///< index over m_organisations, rebuilt when they change
    OrgTreeModel* m_orgModel;
    MemberTableModel* m_memberModel;
    MemberFilterProxy* m_memberProxy;
    QUuid m_currentOrg;
};

} // namespace chibo
