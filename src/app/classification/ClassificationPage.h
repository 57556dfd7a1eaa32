// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
#include "core/Result.h"
#include "services/YearLock.h"
#include "services/YearRecompute.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QWidget>

#include <memory>
#include <optional>

class QUndoStack;

namespace Ui {
class ClassificationPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class ClassificationFilterProxy;
class ClassificationTableModel;
class JobRunner;

/// The year-end classification of the grassroots organisation around the one chosen in the tree: every
/// member's and organisation's proposed level with its reason and flags, the decisions recorded, the
/// live HTXS quota counter, deciding a level with a reason, and locking the year.
///
/// Proposals are computed through the JobRunner whenever the page shows an organisation and year it has
/// not computed (or whose records changed), and on "Compute proposals"; they are saved when the session
/// may record classifications and the year is not locked, else only shown. Deciding and locking are
/// disabled when Permissions::mayDecide refuses the session or the year is locked.
class ClassificationPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit ClassificationPage(AppContext& context, QWidget* parent = nullptr);
    ~ClassificationPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    int year() const;
    void setYear(int year);
    /// The organisation the proposals are computed for: the grassroots organisation at or above the one
    /// chosen, or the chosen one when it is above that level.
    QUuid scopeOrgId() const;
    /// What is shown, nullptr before the first computation finished.
    const YearProposals* proposals() const { return m_proposals ? &*m_proposals : nullptr; }
    JobRunner& jobRunner() const { return *m_runner; }

    /// Recomputes and saves the proposals (the Compute button); does nothing while a job runs.
    void computeProposals();
    /// Opens the decision dialog for the selected row (the Decide… button).
    void decideSelected();
    /// Asks for confirmation and locks the year (the Lock button).
    void lockYear();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectContext();
    void reload();
    /// Starts computing the proposals; `save` stores them when the computation finishes. Showing the page
    /// computes without saving: only the Compute button and a decision replace the stored proposals.
    void startComputing(bool save);
    void onComputed(std::shared_ptr<const CriteriaSet> criteria, Result<YearProposals> result);
    void storeOrReadDecisions(YearProposals& proposals);
    /// Stores the shown proposals unless they already are: a decision is recorded against them.
    bool ensureStored();
    void recordDecision(const QString& criteriaId, const QUuid& subjectId, const QString& level,
                        const QString& reason, const QString& decidedBy);
    void readLock();
    void showRows();
    void updateQuota();
    void updateTexts();
    QString statusText() const;
    void updateActions();
    void fillFilters();
    void applyOrganisationFilter();
    const ScoreCard* cardOf(const QString& criteriaId, const QUuid& subjectId) const;
    const Criteria* rulesOf(const QString& criteriaId) const;
    Status mayDecide() const;

    AppContext& m_context;
    const std::unique_ptr<Ui::ClassificationPage> m_ui;
    ClassificationTableModel* m_model;
    ClassificationFilterProxy* m_proxy;
    JobRunner* m_runner;
    /// Stays empty: decisions and imports are recorded acts, not undoable edits. Made active when the
    /// page shows, so that Edit ▸ Undo never reaches back into another page's edits from here.
    QUndoStack* m_undoStack;
    std::shared_ptr<const CriteriaSet> m_criteria; ///< the set the shown proposals' rules point into
    std::optional<YearProposals> m_proposals;
    QHash<QPair<QString, QUuid>, qsizetype> m_cardIndex; ///< (criteria, subject) → card
    std::optional<LockedYear> m_lock;
    /// What became of the last computation; the status line is composed from it in the current language.
    enum class Outcome { None, Saved, Shown, ShownLocked, ShownReadOnly, NotSaved, Cancelled, Failed };
    Outcome m_outcome = Outcome::None;
    QDateTime m_computedAt;
    QString m_problem; ///< the error of NotSaved or Failed, or of reading the decisions or the lock
    bool m_stored = false;
    bool m_saveWanted = false; ///< the running computation was asked for by the Compute button
    DeferredReload* m_reload = nullptr;
    bool m_notifying = false; ///< our own records notification must not recompute us
};

} // namespace chibo
