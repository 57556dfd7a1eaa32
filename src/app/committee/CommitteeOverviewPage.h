// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/ExportablePage.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CommitteeOverviewPage;
}

namespace chibo {

class AppContext;
class DeferredReload;
class CommitteeGridModel;
class CommitteeGridProxy;

/// The cells of the committee around the current organisation side by side for a year (the commune
/// above a grassroots cell, the grassroots committee above a subordinate cell):
/// members, meetings, attendance, meeting score, each "bốn tốt" criterion, the overall result and the
/// proposed and decided classification, in colour bands; sortable, filtered by cell type, optionally as
/// ranks within the cell type. One scoring run per reload. Double-click or Enter on a row opens that
/// cell's scorecards (AppContext::requestPage). Read-only for every role.
class CommitteeOverviewPage : public QWidget, public ExportablePage {
    Q_OBJECT

public:
    explicit CommitteeOverviewPage(AppContext& context, QWidget* parent = nullptr);
    ~CommitteeOverviewPage() override;

    /// The page's main table for File ▸ Export table.
    Table exportableTable() const override;

    int year() const;
    void setYear(int year);
    const CommitteeGridModel& gridModel() const { return *m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectContext();
    void reload();
    void fillCellTypes();
    void applyCellType();
    void showTitle();
    void openRow(const QModelIndex& index);

    AppContext& m_context;
    const std::unique_ptr<Ui::CommitteeOverviewPage> m_ui;
    CommitteeGridModel* m_model;
    CommitteeGridProxy* m_proxy;
    QString m_error;
    DeferredReload* m_reload = nullptr;
    bool m_filling = false;
};

} // namespace chibo
