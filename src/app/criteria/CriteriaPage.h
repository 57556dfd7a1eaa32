// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
#include "app/criteria/CriteriaTestCases.h"
#include "scoring/CriteriaProblem.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class CriteriaPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class ApplicabilityTableModel;
class CriteriaFilesModel;
class CriteriaItemsModel;
class JobRunner;

/// The criteria files in use: the rule sets by subject and validity period with their legal basis,
/// levels, items and the test cases shipped beside them (run on demand); importing a locality's file
/// (checked with the installed files, every problem listed with its file:line:column, then copied into
/// the user's criteria folder; administrators only); and which file applies to which cell and year
/// around the organisation chosen in the tree.
class CriteriaPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit CriteriaPage(AppContext& context, QWidget* parent = nullptr);
    ~CriteriaPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    /// Selects the file "id@version", or the newest version of "id". False when none is listed.
    bool selectFile(const QString& idOrReference);
    /// "id@version" of the selected file, "" when a group or nothing is selected.
    QString selectedReference() const;
    JobRunner& jobRunner() const { return *m_runner; }

    /// Asks for a file and imports it (the Import button).
    void importFile();
    /// Runs the selected file's shipped test cases (the Run tests button).
    void runTests();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void showFiles();
    void showDetails();
    void showApplicability();
    void showProblems(const QString& sourcePath, const CriteriaProblems& problems);
    void listCases();
    void showCaseResults(const QString& reference, const QList<CriteriaCaseRow>& rows);
    void updateActions();
    void resizeColumns();
    const Criteria* selectedFile() const;

    AppContext& m_context;
    const std::unique_ptr<Ui::CriteriaPage> m_ui;
    CriteriaFilesModel* m_files;
    CriteriaItemsModel* m_items;
    ApplicabilityTableModel* m_applicability;
    JobRunner* m_runner;
    /// Stays empty: decisions and imports are recorded acts, not undoable edits. Made active when the
    /// page shows, so that Edit ▸ Undo never reaches back into another page's edits from here.
    QUndoStack* m_undoStack;
    QHash<QString, QList<CriteriaCaseRow>> m_caseResults; ///< by "id@version", while the files stay
    int m_caseCount = 0;                                  ///< test cases shipped with the selected file
    DeferredReload* m_reload = nullptr;
};

} // namespace chibo
