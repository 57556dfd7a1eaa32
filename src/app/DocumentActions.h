// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/OfficialDocument.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace chibo {

class AppContext;

/// The Documents menu: the official documents of what the window shows, in a print preview from which
/// they are printed or saved as PDF — the year-end report of the selected organisation for the year the
/// Year-end page shows (a cell's report, or a committee's summary), and the minutes and assessment sheet of
/// the meeting open in the meeting editor. Page setup in the preview changes the margins, which are kept.
class DocumentActions : public QObject {
    Q_OBJECT

public:
    /// `year` and `meetingId` say what the pages show now.
    DocumentActions(AppContext& context, QWidget* window, std::function<int()> year,
                    std::function<QUuid()> meetingId);
    ~DocumentActions() override;

    QMenu* menu() const { return m_menu; }
    QAction* yearReportAction() const { return m_yearReport; }
    QAction* minutesAction() const { return m_minutes; }
    QAction* assessmentAction() const { return m_assessment; }
    QAction* fourGoodsAction() const { return m_fourGoods; }
    /// The preview open now, for tests; nullptr when none.
    QPrintPreviewDialog* preview() const;

    Result<OfficialDocument> yearReport() const;
    Result<OfficialDocument> minutes(bool assessmentSheet) const;
    Result<OfficialDocument> fourGoods() const;
    void retranslate();
    void updateActions();

private:
    void showPreview(const Result<OfficialDocument>& document);
    void savePdf();

    AppContext& m_context;
    QWidget* m_window;
    std::function<int()> m_year;
    std::function<QUuid()> m_meetingId;
    QMenu* m_menu;
    QAction* m_yearReport;
    QAction* m_minutes;
    QAction* m_assessment;
    QAction* m_fourGoods;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QPrintPreviewDialog> m_preview;
    OfficialDocument m_shown;
};

} // namespace chibo
