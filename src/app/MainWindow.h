// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppContext.h"
#include "app/session/SessionGate.h"
#include "core/Result.h"
#include "core/Session.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QAction;

namespace chibo {

class BackupActions;
class Dialogs;
class DocumentActions;
class JobRunner;
class OrgTreeModel;
class SessionMenu;
class Translations;

/// The shell: the organisation tree on the left, the pages (members, meetings, scorecard, committee
/// overview, year-end classification, criteria) on the right as tabs, the menus, and the status bar.
/// Everything the pages share lives in the AppContext the window owns.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Translations& translations, Dialogs& dialogs, QDate day, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at `path` and shows its organisations; the previous one stays open on failure.
    /// Opens `path`. With `signIn`, the person first enters it through its door (SessionGate, with
    /// `given` credentials when any; `interactive` false where nobody can answer a dialog): a cancel or a
    /// refusal leaves the database open before, and returns "sign_in_cancelled" or the refusal.
    Status openDatabase(const QString& path, bool signIn = false, const SessionGate::Credentials& given = {},
                        bool interactive = true);
    /// Shows the organisation with this id on every page if it is in the tree.
    bool selectOrganisation(const QUuid& id);
    QString databasePath() const;
    /// Shows a page (as Ctrl+1 … Ctrl+6 do).
    void showPage(PageId page);
    QWidget* page(PageId page) const;
    AppContext& context() const { return *m_context; }
    DocumentActions& documents() const { return *m_documents; }
    /// Works as `role`; a secretary's own organisation is the one selected in the tree.

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry {
        PageId id;
        QWidget* widget;
        QAction* action;
    };

    void createPages();
    void createEditMenu();
    void connectActions();
    void connectContext();
    void showOrganisations();
    void onTreeSelection(const QModelIndex& current);
    void onPageRequested(PageId page, const QUuid& orgId, int year, int month);
    void updateTitle();
    void updateStatus();
    void updateSessionActions();
    void switchLanguage(bool vietnamese);
    void chooseDatabase();
    /// Sign in as someone else on the open database.
    void signInAgain();
    void openDemo();
    void createOrganisation();
    void importDataset();
    void exportDataset();
    /// Writes the main table of the page shown (ExportablePage) to an XLSX or CSV file.
    void exportTable();
    void showRecycleBin();
    void showAbout();
    void retranslate();
    /// Saves what an editor holds unsaved (typed text waiting for its pause).
    void flushEditors();
    /// Loads the shipped and installed criteria files; problems are shown once the window is up, and
    /// those files are not used (the same messages as `chibo-cli criteria check`).
    void loadCriteria();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Translations& m_translations;
    AppContext* m_context;
    OrgTreeModel* m_orgModel;
    QList<PageEntry> m_pages;
    JobRunner* m_jobs; ///< imports run here: off the GUI thread, cancellable
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    DocumentActions* m_documents = nullptr;
    SessionMenu* m_sessionMenu = nullptr;
    BackupActions* m_backups = nullptr; ///< File → back up / restore, daily and exit backups, drive warning
};

} // namespace chibo
