// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"
#include "services/ScorecardEvidence.h"
#include "services/ScorecardRun.h"
#include "services/ScorecardTexts.h"

#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class ScorecardPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class ScoreCardTreeModel;
class ScorecardTrendCharts;

/// The scorecards of one cell for a year (and a month of it): every model in force for the cell —
/// "chi bộ bốn tốt", meeting quality per meeting, the month and year meeting records, "chi bộ 3 không",
/// the example models and the year's classification proposal — from one scoring run per reload. Each
/// model's indicators with value, threshold, points, outcome in colour, reason and legal basis; a click
/// on a value opens the records behind it; the year's trends as charts; "why not yet" in words.
/// Read-only for every role. A drill-down from another page calls showPeriod().
class ScorecardPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit ScorecardPage(AppContext& context, QWidget* parent = nullptr);
    ~ScorecardPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    /// Shows `cellId` for `year` (0: keep the year) and `month` (0: the whole year).
    void showPeriod(const QUuid& cellId, int year, int month);
    QUuid cellId() const;
    int year() const;
    int month() const;
    /// What the page shows; null before the first load or when the cell could not be scored.
    const ScorecardRun* scorecardRun() const { return m_run.get(); }
    /// The file whose cards are listed, or nullptr.
    const Criteria* currentFile() const;
    /// Selects the model with this criteria id in the list; false when the cell has none.
    bool selectFile(const QString& criteriaId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectContext();
    void setUpViews();
    void reload();
    void clearShown(const QString& message);
    void fillCells(const QUuid& around);
    void fillMonths();
    void fillModelList();
    void showCards();
    void showCardHeader(const Criteria& file, const QList<int>& cards);
    void showSummary();
    void openEvidence(const QModelIndex& index);
    void rebuildTexts();
    QString aggregateText(const Criteria& file, const QList<int>& cards) const;
    QString fileTitle(const Criteria& file) const;

    AppContext& m_context;
    const std::unique_ptr<Ui::ScorecardPage> m_ui;
    ScoreCardTreeModel* m_model;
    ScorecardTrendCharts* m_charts;
    std::unique_ptr<ScorecardRun> m_run;
    std::unique_ptr<ScorecardTexts> m_texts;
    std::unique_ptr<ScorecardEvidence> m_evidence;
    DeferredReload* m_reload = nullptr;
    bool m_filling = false; ///< the combos are being refilled: their signals change nothing
};

} // namespace chibo
